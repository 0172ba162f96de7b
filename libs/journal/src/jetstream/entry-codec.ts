import type { JournalEntry, JournalEntryDraft } from '../journal-entry';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A draft as a message body: the entry without its seq, which the stream gives. */
export function encodeDraft(draft: JournalEntryDraft): Uint8Array {
  const { time, kind, source, subject, payload } = draft;
  return encoder.encode(JSON.stringify({ time, kind, source, subject, payload }));
}

export function decodeEntry(seq: number, data: Uint8Array): JournalEntry {
  const draft = JSON.parse(decoder.decode(data)) as JournalEntryDraft;
  return { ...draft, seq };
}

/** The entry as a caller hands it in again, without its seq. */
export function draftOf(entry: JournalEntry): JournalEntryDraft {
  const { seq: _seq, ...draft } = entry;
  return draft;
}
