import { AUDIT_KINDS } from '@fscon/contracts';
import type { JournalEntry, JournalSource, JsonValue } from '@fscon/journal';
import type { AuditRow } from '../history-rows';

const AUDITED: ReadonlySet<string> = new Set(AUDIT_KINDS);

type JsonObject = { readonly [key: string]: JsonValue };

const field = (payload: JsonValue, key: string): JsonValue =>
  typeof payload === 'object' && payload !== null && !Array.isArray(payload)
    ? ((payload as JsonObject)[key] ?? null)
    : null;

function actor(source: JournalSource): string {
  if (source.type === 'admin') return source.user;
  return source.type === 'freeswitch' ? `freeswitch ${source.node}` : 'connector';
}

/**
 * The audit row of an entry, or undefined when its kind is not audited. A store or restore has no
 * before and after object; its `after` is the file: `{file}`.
 */
export function auditRow(entry: JournalEntry): AuditRow | undefined {
  if (!AUDITED.has(entry.kind)) return undefined;
  const { payload, subject } = entry;
  const error = field(payload, 'error');
  const file = field(payload, 'file');
  return {
    seq: entry.seq,
    at: entry.time,
    actor: actor(entry.source),
    kind: entry.kind,
    subject: subject === undefined ? '' : subject.type === 'user' ? subject.id : subject.name,
    before: field(payload, 'before'),
    after: file === null ? field(payload, 'after') : { file },
    error: error === null ? null : String(error),
  };
}
