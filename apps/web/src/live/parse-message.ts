import type { LiveError, LiveEventMap, LiveMessage } from '@fscon/contracts';

type Json = Record<string, unknown>;
type Check = (message: Json) => boolean;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str =
  (key: string): Check =>
  (m) =>
    typeof m[key] === 'string';
const obj =
  (key: string): Check =>
  (m) =>
    isObject(m[key]);
const list =
  (key: string): Check =>
  (m) =>
    Array.isArray(m[key]) && (m[key] as unknown[]).every(isObject);
const conference = str('conference');
const both =
  (...checks: Check[]): Check =>
  (m) =>
    checks.every((check) => check(m));
const member = both(conference, (m) => isObject(m.data) && typeof m.data.confid === 'string');
const confid = both(conference, str('data'));
const file = both(conference, str('file'));
const registration: Check = (m) => isObject(m.user) && typeof m.user.regid === 'string';

/** What each event must carry to be applied; a message that lacks it is dropped, not half-applied. */
const EVENT_SHAPES: Record<keyof LiveEventMap, Check> = {
  newXML: () => true,
  newConference: (m) => isObject(m.data) && typeof m.data.name === 'string' && Array.isArray(m.data.members),
  newMember: member,
  delMember: confid,
  delConference: conference,
  floorchange: both(conference, obj('data')),
  mute: confid,
  unmute: confid,
  muteAll: conference,
  lock: conference,
  unlock: conference,
  recStart: file,
  recPause: file,
  recResume: file,
  recStop: conference,
  addReg: registration,
  delReg: registration,
  newLiveState: list('data'),
};

/** A frame of the live socket as a typed message, or undefined when it is not one this client knows. */
export function parseLiveMessage(text: string): LiveMessage | undefined {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(message) || typeof message.event !== 'string') return undefined;
  if (message.seq !== undefined && !Number.isSafeInteger(message.seq)) return undefined;
  if (message.event === 'error') return { event: 'error', error: String(message.error) } satisfies LiveError;
  if (message.event === 'reply') {
    const known = message.reply === 'init' || message.reply === 'initreg';
    return known && list('data')(message) ? (message as unknown as LiveMessage) : undefined;
  }
  const check = EVENT_SHAPES[message.event as keyof LiveEventMap] as Check | undefined;
  return check !== undefined && Object.hasOwn(EVENT_SHAPES, message.event) && check(message)
    ? (message as unknown as LiveMessage)
    : undefined;
}
