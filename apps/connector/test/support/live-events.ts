import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Simulator } from '@fscon/fs-simulator';
import { captureEvents } from '../../../../libs/live-state/src/esl-frames/esl-frames';
import { CAPTURES_DIR } from './captures';

type Headers = Readonly<Record<string, string>>;

/** The headers the simulator's event factory writes itself (core identity, date, origin, sequence). */
const FACTORY_HEADERS = new Set([
  'Event-Name',
  'Event-Subclass',
  'Core-UUID',
  'FreeSWITCH-Hostname',
  'FreeSWITCH-Switchname',
  'FreeSWITCH-IPv4',
  'FreeSWITCH-IPv6',
  'Event-Date-Local',
  'Event-Date-GMT',
  'Event-Date-Timestamp',
  'Event-Calling-File',
  'Event-Calling-Function',
  'Event-Calling-Line-Number',
  'Event-Sequence',
]);

const captured = new Map<string, Headers[]>();

function capturedEvents(scenario: string): Headers[] {
  let events = captured.get(scenario);
  if (events === undefined) {
    const raw = readFileSync(join(CAPTURES_DIR, scenario, `${scenario}.plain.raw`));
    events = captureEvents(raw).map((event) => event.headers);
    captured.set(scenario, events);
  }
  return events;
}

/** The first captured CUSTOM event of the subclass (and `Action`, for conference::maintenance). */
function capturedHeaders(scenario: string, subclass: string, action?: string): Headers {
  const found = capturedEvents(scenario).find(
    (h) => h['Event-Subclass'] === subclass && (action === undefined || h['Action'] === action),
  );
  if (found === undefined) throw new Error(`no captured ${subclass} ${action ?? ''} in ${scenario}`);
  return found;
}

/**
 * Fires a CUSTOM event on the simulator with the headers of the captured one and the changes given
 * (undefined removes a header). The simulator writes the core headers itself.
 */
export function fireCaptured(
  simulator: Simulator,
  source: { scenario: string; subclass: string; action?: string },
  changes: Record<string, string | undefined> = {},
): void {
  const headers: Record<string, string> = {
    ...capturedHeaders(source.scenario, source.subclass, source.action),
  };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  const origin = {
    file: headers['Event-Calling-File'] ?? 'mod_conference.c',
    func: headers['Event-Calling-Function'] ?? 'conference_event',
    line: Number(headers['Event-Calling-Line-Number'] ?? '0'),
  };
  const event = simulator.createEvent('CUSTOM', origin, source.subclass);
  for (const [name, value] of Object.entries(headers)) {
    if (!FACTORY_HEADERS.has(name)) event.addHeader(name, value);
  }
  simulator.fireEvent(event);
}

export interface Caller {
  confid: string;
  id: string;
  name: string;
  /** Joins muted (Speak: false). */
  muted?: boolean;
}

const maintenance = (action: string) => ({
  scenario: 'conference',
  subclass: 'conference::maintenance',
  action,
});

function memberHeaders(conference: string, caller: Caller): Record<string, string | undefined> {
  return {
    'Conference-Name': conference,
    'Member-ID': caller.confid,
    'Caller-Caller-ID-Number': caller.id,
    'Caller-Caller-ID-Name': caller.name,
    'Caller-Username': undefined,
    Speak: caller.muted ? 'false' : 'true',
  };
}

/** Conference events as FreeSWITCH fires them, from the captured ones. */
export const conferenceEvents = (simulator: Simulator) => ({
  join(conference: string, caller: Caller): void {
    fireCaptured(simulator, maintenance('add-member'), memberHeaders(conference, caller));
  },
  leave(conference: string, caller: Caller): void {
    fireCaptured(simulator, maintenance('del-member'), memberHeaders(conference, caller));
  },
  mute(conference: string, confid: string): void {
    fireCaptured(simulator, maintenance('mute-member'), {
      'Conference-Name': conference,
      'Member-ID': confid,
    });
  },
  unmute(conference: string, confid: string): void {
    fireCaptured(simulator, maintenance('unmute-member'), {
      'Conference-Name': conference,
      'Member-ID': confid,
    });
  },
  lock(conference: string): void {
    fireCaptured(simulator, maintenance('lock'), { 'Conference-Name': conference });
  },
  register(id: string, regid: string, ip: string, port: string): void {
    fireCaptured(
      simulator,
      { scenario: 'registration', subclass: 'sofia::register' },
      { 'from-user': id, 'call-id': regid, 'network-ip': ip, 'network-port': port },
    );
  },
});
