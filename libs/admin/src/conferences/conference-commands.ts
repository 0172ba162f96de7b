import type {
  AddConferenceRequest,
  DeleteConferenceRequest,
  ModifyConferenceRequest,
} from './conference-requests';

/** What an admin asks of the dialplan's conference extensions. */
export type ConferenceCommand =
  | { type: 'AddConferences'; data: { conferences: readonly AddConferenceRequest[] } }
  | { type: 'ModifyConferences'; data: { conferences: readonly ModifyConferenceRequest[] } }
  | { type: 'DeleteConferences'; data: { conferences: readonly DeleteConferenceRequest[] } };
