export { HistoryBatch } from './history-batch';
export { HistoryProjector } from './history-projector';
export type {
  AuditRow,
  HistorySink,
  ParticipantRow,
  RecordingRow,
  SessionRow,
  TimelineRow,
} from './history-rows';
export type { AuditFilter, RowPage, RowWindow, SessionFilter } from './history-query';
export type { SessionsState } from './sessions/session-projector';
export { auditEntry, conferenceSession, sessionParticipant, sessionRecording, timelineItem } from './answers';
export { csvCell, toCsv } from './csv/csv';
export { auditCsv, membersCsv, sessionsCsv, timelineCsv } from './csv/history-csv';
export type { SessionRows } from './sqlite/history-reads';
export { HistoryReplay, type JournalReader, type ReplayStart } from './sqlite/history-replay';
export { openSqliteHistory, SqliteHistoryStore, type HistoryPosition } from './sqlite/sqlite-history-store';
