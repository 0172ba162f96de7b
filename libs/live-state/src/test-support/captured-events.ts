import type { EslEventRecord } from '../model/esl-event-record';

/** The nth event of a capture with that conference::maintenance Action or that sofia subclass. */
export function nthEvent(events: readonly EslEventRecord[], what: string, nth = 0): EslEventRecord {
  const found = events.filter((e) =>
    what.startsWith('sofia::')
      ? e.subclass === what
      : e.subclass === 'conference::maintenance' && e.headers['Action'] === what,
  );
  const event = found[nth];
  if (!event) throw new Error(`the capture has no ${what} event number ${nth}`);
  return event;
}

/** The event with some headers changed or (with undefined) removed. */
export function withHeaders(
  event: EslEventRecord,
  changes: Record<string, string | undefined>,
): EslEventRecord {
  const headers: Record<string, string> = { ...event.headers };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  return { ...event, headers };
}
