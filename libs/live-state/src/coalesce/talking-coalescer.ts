import type { LiveEvent } from '../model/live-event';

/** A member's talking changes pass at most once per window: 4 per second. */
export const TALKING_WINDOW_MS = 250;

interface Talker {
  conference: string;
  confid: string;
  /** The talking state the last passed event gave the member. */
  passed: boolean;
  /** Until when a change is held instead of passed. */
  windowEnds: number;
  /** The newest state held in the window, passed when it ends if it differs from `passed`. */
  held?: boolean;
}

/** The members whose talking changed lately, by conference and confid. */
export type TalkingCoalescence = ReadonlyMap<string, Talker>;

export const NO_TALKERS: TalkingCoalescence = new Map();

/** What to append now, and the coalescence to go on with. */
export interface Coalesced {
  state: TalkingCoalescence;
  events: LiveEvent[];
}

interface TalkingChange {
  conference: string;
  confid: string;
  talking: boolean;
}

const keyOf = (conference: string, confid: string): string => `${conference}\u0000${confid}`;

const talkingEvent = (conference: string, confid: string, talking: boolean): LiveEvent => ({
  type: talking ? 'MemberTalking' : 'MemberStoppedTalking',
  data: { conference, confid },
});

function withTalker(state: TalkingCoalescence, talker: Talker): Map<string, Talker> {
  return new Map(state).set(keyOf(talker.conference, talker.confid), talker);
}

function without(state: TalkingCoalescence, drop: (talker: Talker) => boolean): TalkingCoalescence {
  const kept = [...state].filter(([, talker]) => !drop(talker));
  return kept.length === state.size ? state : new Map(kept);
}

/** The member's talking state without what was held. */
const settled = ({ conference, confid, passed, windowEnds }: Talker): Talker => ({
  conference,
  confid,
  passed,
  windowEnds,
});

function admitTalking(state: TalkingCoalescence, change: TalkingChange, now: number): Coalesced {
  const { conference, confid, talking } = change;
  const talker = state.get(keyOf(conference, confid));
  if (talker && now < talker.windowEnds)
    return { state: withTalker(state, { ...talker, held: talking }), events: [] };
  if (talker?.passed === talking) return { state: withTalker(state, settled(talker)), events: [] };
  const passed = { conference, confid, passed: talking, windowEnds: now + TALKING_WINDOW_MS };
  return { state: withTalker(state, passed), events: [talkingEvent(conference, confid, talking)] };
}

function admitOne(state: TalkingCoalescence, event: LiveEvent, now: number): Coalesced {
  switch (event.type) {
    case 'MemberTalking':
    case 'MemberStoppedTalking':
      return admitTalking(state, { ...event.data, talking: event.type === 'MemberTalking' }, now);
    case 'MemberMuted': {
      const { conference, confid } = event.data;
      const talker = state.get(keyOf(conference, confid));
      const silenced = talker && withTalker(state, { ...settled(talker), passed: false });
      return { state: silenced ?? state, events: [event] };
    }
    case 'AllMuted': {
      const { conference } = event.data;
      const silenced = [...state.values()]
        .filter((talker) => talker.conference === conference)
        .map((talker): Talker => ({ ...settled(talker), passed: false }));
      return { state: silenced.reduce(withTalker, state), events: [event] };
    }
    case 'MemberLeft': {
      const { conference, member } = event.data;
      const gone = (t: Talker) => t.conference === conference && t.confid === member.confid;
      return { state: without(state, gone), events: [event] };
    }
    case 'ConferenceEnded': {
      const { conference } = event.data;
      return { state: without(state, (t) => t.conference === conference), events: [event] };
    }
    case 'ConferencesRebuilt':
      return { state: NO_TALKERS, events: [event] };
    default:
      return { state, events: [event] };
  }
}

/**
 * Takes translated events in order: a member's talking or stoptalking passes when the member's last one
 * passed at least a window ago, else the newest is held for `flushTalking`; a mute, a leave, the
 * conference's end or a rebuild drops what is held, so no stale talking comes later.
 */
export function coalesceTalking(
  state: TalkingCoalescence,
  events: readonly LiveEvent[],
  now: number,
): Coalesced {
  let current = state;
  const passed: LiveEvent[] = [];
  for (const event of events) {
    const admitted = admitOne(current, event, now);
    current = admitted.state;
    passed.push(...admitted.events);
  }
  return { state: current, events: passed };
}

/** The held states whose window has ended by `now` and that differ from the member's passed one. */
export function flushTalking(state: TalkingCoalescence, now: number): Coalesced {
  let current = state;
  const events: LiveEvent[] = [];
  for (const talker of state.values()) {
    if (talker.held === undefined || now < talker.windowEnds) continue;
    const { conference, confid, held } = talker;
    if (held === talker.passed) {
      current = withTalker(current, settled(talker));
      continue;
    }
    current = withTalker(current, { conference, confid, passed: held, windowEnds: now + TALKING_WINDOW_MS });
    events.push(talkingEvent(conference, confid, held));
  }
  return { state: current, events };
}

/** When the next held state is due; undefined when none is held. */
export function nextTalkingFlush(state: TalkingCoalescence): number | undefined {
  let next: number | undefined;
  for (const talker of state.values())
    if (talker.held !== undefined && (next === undefined || talker.windowEnds < next))
      next = talker.windowEnds;
  return next;
}
