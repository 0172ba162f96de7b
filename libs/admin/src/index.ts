export type { Decider } from './decider';
export type { UserCommand } from './users/user-commands';
export type { UserEvent, WrittenUser } from './users/user-events';
export type { AddUserRequest, DeleteUserRequest, ModifyUserRequest } from './users/user-requests';
export { USER_ERRORS } from './users/user-rules';
export { directoryState, type DirectoryState, type DirectoryView } from './users/directory-state';
export { decideUsers, evolveDirectory, usersDecider } from './users/users-decider';
export { userWithoutSecrets, type UserWithoutSecrets } from './users/user-without-secrets';
export type { ConferenceCommand } from './conferences/conference-commands';
export type { ConferenceEvent } from './conferences/conference-events';
export type {
  AddConferenceRequest,
  DeleteConferenceRequest,
  ModifyConferenceRequest,
} from './conferences/conference-requests';
export { CONFERENCE_ERRORS } from './conferences/conference-errors';
export { dialplanState, type DialplanState, type DialplanView } from './conferences/dialplan-state';
export { conferencesDecider, decideConferences, evolveDialplan } from './conferences/conferences-decider';
