import { Frame, isEvent } from './frames';

/** The parts of a session that must match a capture once run-specific values are masked. */
export interface NormalisedSession {
  replies: string[];
  events: string[];
  /** xml_locate results (compared separately, by structure). */
  xmlBodies: string[];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const VARYING = [
  'Event-Date-Local', 'Event-Date-GMT', 'Event-Date-Timestamp', 'Up-Time', 'Uptime-msec', 'Idle-CPU',
  'Task-Runtime', 'Session-Count', 'Session-Per-Sec-Last', 'Session-Per-Sec-Max', 'Session-Per-Sec-FiveMin',
  'Session-Since-Startup', 'Session-Peak-Max', 'Session-Peak-FiveMin', 'Content-Length',
].join('|'); // prettier-ignore
const PLAIN_VARYING = new RegExp(`^(${VARYING}): .*$`, 'gm');
const JSON_VARYING = new RegExp(`"(${VARYING})":"[^"]*"`, 'g');

/**
 * Masks what differs between two runs: uuids (numbered by first appearance, so a Job-UUID must still
 * match between reply and event), dates and timestamps, uptime and session counters, Content-Length
 * values, the line of an XML error, the numbers in `status`. Event-Sequence becomes the distance from
 * the session's first event. xml_locate bodies are taken out for a structural comparison.
 */
export function normaliseSession(frames: Frame[]): NormalisedSession {
  const uuids = new Map<string, string>();
  const session: NormalisedSession = { replies: [], events: [], xmlBodies: [] };
  let firstSequence: number | undefined;
  for (const frame of frames) {
    let text = frame.head + frame.body.toString('utf8');
    if (isEvent(frame) && /Job-Command(: |":")xml_locate/.test(text)) {
      const plain = /\nContent-Length: \d+\n\n([^]*)$/.exec(text);
      session.xmlBodies.push(plain ? plain[1] : jsonBody(text));
      text = plain
        ? `${text.slice(0, text.length - plain[1].length)}<xml>`
        : text.replace(/"_body":".*"}$/s, '"_body":"<xml>"}');
    }
    text = text
      .replace(
        UUID,
        (uuid) => uuids.get(uuid) ?? (uuids.set(uuid, `<uuid-${uuids.size}>`), `<uuid-${uuids.size - 1}>`),
      )
      .replace(PLAIN_VARYING, '$1: *')
      .replace(JSON_VARYING, '"$1":"*"')
      .replace(/error near line \d+/g, 'error near line N')
      .replace(/(^|")Event-Sequence(: |":")(\d+)/gm, (_all, lead: string, sep: string, seq: string) => {
        firstSequence ??= Number(seq);
        return `${lead}Event-Sequence${sep}+${Number(seq) - firstSequence}`;
      });
    if (/^UP \d/.test(frame.body.toString('utf8'))) {
      text = text.replace(/\d+ (year|day|hour|minute|second|millisecond|microsecond)s?\b/g, '# $1(s)');
      text = text.replace(/\d+(\.\d+)?/g, '#');
    }
    (isEvent(frame) ? session.events : session.replies).push(text);
  }
  return session;
}

function jsonBody(text: string): string {
  const json = text.slice(text.indexOf('{'));
  return (JSON.parse(json) as { _body: string })._body;
}
