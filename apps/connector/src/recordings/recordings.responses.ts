/** `GET /api/recordings`, `GET /api/recordings/find/:s` and `GET /fr/friendsrec` (whose op is spelt `friendserc`). */
export interface RecordingsListResponse {
  op: string;
  files: string[];
}

/** `POST /api/recordings/del` and `POST /fr/delfriendsrec`. */
export interface RecordingsDeleteResponse {
  op: 'api/recordings/del' | 'delfriendsrec';
  done: string[];
  failed: string[];
}
