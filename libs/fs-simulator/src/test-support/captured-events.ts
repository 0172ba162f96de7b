import { EventHeader, FsEvent } from '../events/fs-event';
import { readCapture } from './capture';
import { Frame, isEvent } from './frames';

/** The headers of a text/event-plain frame, url-decoded, in order. */
export function plainEventHeaders(frame: Frame): EventHeader[] {
  const [head] = frame.body.toString('utf8').split('\n\n');
  return head
    .split('\n')
    .filter(Boolean)
    .map((line): EventHeader => {
      const colon = line.indexOf(': ');
      return [line.slice(0, colon), decodeURIComponent(line.slice(colon + 2))];
    });
}

/** The events of `<scenario>/<scenario>.plain.raw`, headers url-decoded, in the order received. */
export function capturedEvents(scenario: string): EventHeader[][] {
  return readCapture(scenario, scenario, 'plain').frames.filter(isEvent).map(plainEventHeaders);
}

const header = (headers: readonly EventHeader[], name: string): string | undefined =>
  headers.find(([n]) => n === name)?.[1];

/** The first captured event matching name, subclass and (for conference events) Action. */
export function capturedEvent(
  scenario: string,
  match: {
    name?: string;
    subclass?: string;
    action?: string;
    where?: (h: readonly EventHeader[]) => boolean;
  },
): EventHeader[] {
  const found = capturedEvents(scenario).find(
    (headers) =>
      (match.name === undefined || header(headers, 'Event-Name') === match.name) &&
      (match.subclass === undefined || header(headers, 'Event-Subclass') === match.subclass) &&
      (match.action === undefined || header(headers, 'Action') === match.action) &&
      (match.where?.(headers) ?? true),
  );
  if (!found) throw new Error(`no captured event ${JSON.stringify(match)} in ${scenario}`);
  return found;
}

/** Header names in order: what must match between a simulated and a captured event. */
export const headerNames = (headers: readonly EventHeader[]): string[] => headers.map(([name]) => name);

/** The simulated event's headers whose values are the same in every run (times, uuids, sequence masked). */
export function stableHeaders(event: FsEvent | readonly EventHeader[]): Array<[string, string]> {
  const headers = event instanceof FsEvent ? event.headers : event;
  const varying =
    /^(Core-UUID|Event-Date-.*|Event-Sequence|FreeSWITCH-.*|.*-Time|Unique-ID|Channel-Call-UUID|Caller-Unique-ID|Conference-Unique-ID|Caller-Transfer-Source|Member-ID|New-ID|Old-ID|Path|call-id|expires|Current-Energy)$/;
  return headers.map(([name, value]): [string, string] => [name, varying.test(name) ? '*' : value]);
}
