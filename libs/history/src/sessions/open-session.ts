import type { ParticipantRow, RecordingRow, SessionRow } from '../history-rows';

/** A session that has not ended: its row, the members present by FreeSWITCH id, the recordings running by file. */
export interface OpenSession {
  readonly row: SessionRow;
  readonly present: Map<string, ParticipantRow>;
  readonly running: Map<string, RecordingRow>;
}

/** An open session as JSON keeps it. */
export interface StoredOpenSession {
  readonly row: SessionRow;
  readonly present: readonly ParticipantRow[];
  readonly running: readonly RecordingRow[];
}

export function storedOpenSession(open: OpenSession): StoredOpenSession {
  return { row: open.row, present: [...open.present.values()], running: [...open.running.values()] };
}

export function openSessionFrom(stored: StoredOpenSession): OpenSession {
  return {
    row: { ...stored.row },
    present: new Map(stored.present.map((row) => [row.confid, { ...row }])),
    running: new Map(stored.running.map((row) => [row.file, { ...row }])),
  };
}
