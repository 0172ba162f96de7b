import {
  LIVE_FRAME_ERRORS,
  type LiveError,
  type LiveEventMap,
  type LiveFrameErrorCode,
  type LiveMessage,
} from '@fscon/contracts';

type Json = Record<string, unknown>;
type Check = (value: unknown) => boolean;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const fields =
  (shape: Record<string, Check>): Check =>
  (value) =>
    isObject(value) && Object.entries(shape).every(([key, check]) => check(value[key]));
const string: Check = (value) => typeof value === 'string';
const boolean: Check = (value) => typeof value === 'boolean';
const integer: Check = (value) => Number.isInteger(value);
const listOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);
const either =
  (...checks: Check[]): Check =>
  (value) =>
    checks.some((check) => check(value));

const member = fields({
  name: string,
  id: string,
  confid: string,
  mute: boolean,
  talking: boolean,
  deaf: boolean,
  volume_in: integer,
  volume_out: integer,
  energy: integer,
});
const memberOrNone = either(member, (value) => isObject(value) && Object.keys(value).length === 0);
const recording = either(
  fields({ status: (value) => value === 'norec' }),
  fields({ status: (value) => value === 'running' || value === 'paused', file: string }),
);
const conference = fields({
  name: string,
  context: string,
  type: string,
  num: string,
  recording,
  locked: boolean,
  floor: memberOrNone,
  lastjoin: memberOrNone,
  lastleave: memberOrNone,
  memcount: (value) => typeof value === 'number',
  members: listOf(member),
});
const registration = fields({ id: string, regid: string, sipcon: string });

const about = (shape: Record<string, Check> = {}) => fields({ conference: string, ...shape });

/** What each message must carry to be applied; one that lacks anything is dropped, never half-applied. */
const EVENT_SHAPES: Record<keyof LiveEventMap, Check> = {
  newXML: () => true,
  newConference: fields({ data: conference }),
  newMember: about({ data: member }),
  delMember: about({ data: string }),
  delConference: about(),
  floorchange: about({ data: memberOrNone }),
  mute: about({ data: string }),
  unmute: about({ data: string }),
  talking: about({ data: string }),
  stoptalking: about({ data: string }),
  deaf: about({ data: string }),
  undeaf: about({ data: string }),
  volume: about({ data: string, volume_in: integer, volume_out: integer }),
  energy: about({ data: string, energy: integer }),
  muteAll: about(),
  lock: about(),
  unlock: about(),
  recStart: about({ file: string }),
  recPause: about({ file: string }),
  recResume: about({ file: string }),
  recStop: about(),
  addReg: fields({ user: registration }),
  delReg: fields({ user: registration }),
  newLiveState: fields({ data: listOf(conference) }),
};

const REPLY_SHAPES: Record<string, Check> = {
  init: fields({ data: listOf(conference) }),
  initreg: fields({ data: listOf(registration) }),
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
  if (message.event === 'error') return errorOf(message);
  const check =
    message.event === 'reply'
      ? shapeOf(REPLY_SHAPES, message.reply)
      : shapeOf<Check>(EVENT_SHAPES, message.event);
  return check?.(message) ? (message as unknown as LiveMessage) : undefined;
}

function shapeOf<T>(shapes: Record<string, T>, name: unknown): T | undefined {
  return typeof name === 'string' && Object.hasOwn(shapes, name) ? shapes[name] : undefined;
}

/** An error frame; a code this client does not know counts as a fault of the server. */
function errorOf(message: Json): LiveError {
  const known = (LIVE_FRAME_ERRORS as readonly unknown[]).includes(message.code);
  return {
    event: 'error',
    error: String(message.error),
    code: known ? (message.code as LiveFrameErrorCode) : 'INTERNAL',
  };
}
