import { getJson, postJson } from './http';

export type RecordingsKind = 'team' | 'friends';

const BASE: Record<RecordingsKind, string> = { team: '/api/recordings', friends: '/fr/friendsrec' };
const DELETE: Record<RecordingsKind, string> = { team: '/api/recordings/del', friends: '/fr/delfriendsrec' };

export async function listRecordings(kind: RecordingsKind): Promise<string[]> {
  return (await getJson<{ files: string[] }>(BASE[kind])).files;
}

/** Where the browser plays or downloads a recording; the session cookie goes along. */
export const recordingUrl = (kind: RecordingsKind, file: string) =>
  `${BASE[kind]}/${encodeURIComponent(file)}`;

export const deleteRecordings = (kind: RecordingsKind, files: string[]) =>
  postJson<{ done: string[]; failed: string[] }>(
    DELETE[kind],
    files.map((file) => ({ file })),
  );
