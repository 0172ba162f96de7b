/** One element of POST /api/conferences/add. */
export interface AddConferenceRequest {
  name: string;
  type: string;
  context: string;
}

/** One element of POST /api/conferences/mod: the conference `num` and the fields to change. */
export interface ModifyConferenceRequest {
  num: string;
  name?: string;
  type?: string;
  context?: string;
}

/** One element of POST /api/conferences/del. */
export interface DeleteConferenceRequest {
  num: string;
}
