import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CONTEXTS, type Context } from '@fscon/contracts';
import type { Simulator } from '@fscon/fs-simulator';
import { REPO_ROOT } from '../apps/demo/src/conf-workspace';
import type { SliceLoad } from './fanout-slices';

type Headers = Record<string, string>;

/** The demo conferences and the contexts that see each. */
export const CONFERENCES: readonly { name: string; audience: readonly Context[] }[] = [
  { name: 'team_g722', audience: ['team'] },
  { name: 'friends_conf', audience: ['team', 'friends'] },
  { name: 'public_conf', audience: ['team', 'friends', 'public'] },
];

/** The headers the simulator writes itself on every event. */
const CORE = /^(Event-|Core-UUID|FreeSWITCH-)/;

type Action = 'add-member' | 'mute-member' | 'del-member' | 'start-talking' | 'stop-talking';

/** The captured start-talking and stop-talking of the real switch, without their core headers. */
function capturedTalking(): Record<'start-talking' | 'stop-talking', Headers> {
  const path = join(REPO_ROOT, 'fixtures/fs-captures/talking/talking.events.json');
  const events = JSON.parse(readFileSync(path, 'utf8')) as Array<{ headers: Headers }>;
  const first = (action: string): Headers => {
    const headers = events.find((event) => event.headers['Action'] === action)!.headers;
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !CORE.test(name)));
  };
  return { 'start-talking': first('start-talking'), 'stop-talking': first('stop-talking') };
}

/** The first captured conference::maintenance event of each action, without its core headers. */
function capturedActions(): Record<Action, Headers> {
  const raw = readFileSync(join(REPO_ROOT, 'fixtures/fs-captures/conference/conference.plain.raw'), 'latin1');
  const found: Partial<Record<string, Headers>> = {};
  for (const block of raw.split('Content-Type: text/event-plain\n\n')) {
    const headers: Headers = {};
    for (const line of block.slice(0, block.indexOf('\n\n')).split('\n')) {
      const colon = line.indexOf(': ');
      if (colon > 0) headers[line.slice(0, colon)] = decodeURIComponent(line.slice(colon + 2));
    }
    const action = headers['Action'];
    if (headers['Event-Subclass'] === 'conference::maintenance' && action && !found[action]) {
      found[action] = Object.fromEntries(Object.entries(headers).filter(([name]) => !CORE.test(name)));
    }
  }
  return { ...(found as Record<Action, Headers>), ...capturedTalking() };
}

/** Talking on top of the member events: seated members that flap between talking and silence. */
export interface TalkingMix {
  talkers: number;
  /** Talking changes fired per member event, the talkers taking turns. */
  changesPerEvent: number;
}

const TALKING_DELTA = /"event":"(stop)?talking"/;

/** The delta a client receives for an event: which event, conference and member. */
function deltaKey(event: string, conference: string, confid: string): string {
  return `${event}|${conference}|${confid}`;
}

interface Delta {
  event: string;
  conference?: string;
  data?: unknown;
}

/** The confid a member delta is about. */
function confidOf(delta: Delta): string | undefined {
  if (typeof delta.data === 'string') return delta.data;
  const data = delta.data as { confid?: unknown } | undefined;
  return typeof data?.confid === 'string' ? data.confid : undefined;
}

/**
 * Fires member join / mute / leave events on the simulator, built from the captured ones, and notes
 * when each was written, by the key of the delta it should give. With a talking mix, talkers seated at
 * the start flap between start-talking and stop-talking besides; the connector coalesces their deltas
 * (at most 4 a second per member), so they are neither counted nor timed: the figures stay those of the
 * member deltas, with the talking load beside them.
 */
export class MemberLoad implements SliceLoad {
  private readonly emittedAt = new Map<string, number>();
  /** Per context, how many of the fired events it may see. */
  readonly visible: Record<Context, number> = { team: 0, friends: 0, public: 0 };
  private readonly captured = capturedActions();
  private nextMember = 0;
  private talkingChanges = 0;
  private readonly talking: boolean[];

  constructor(
    private readonly simulator: Simulator,
    private readonly mix: TalkingMix = { talkers: 0, changesPerEvent: 0 },
  ) {
    this.talking = Array.from({ length: mix.talkers }, () => false);
  }

  /**
   * Seats one resident member per conference, so that joins and leaves give newMember and delMember,
   * and the talkers, spread over the conferences.
   */
  start(): void {
    CONFERENCES.forEach(({ name }) => this.fire('add-member', name, '1'));
    this.talking.forEach((_, talker) => this.fire('add-member', ...this.talkerSeat(talker)));
  }

  /** Frames that count as delivered: all but the talking deltas, whose number coalescing decides. */
  counts(data: Buffer): boolean {
    return this.mix.talkers === 0 || !TALKING_DELTA.test(data.toString('latin1', 0, 40));
  }

  /** Fires the next `count` events of the endless join, mute, leave sequence. */
  fireEvents(count: number): void {
    for (let i = 0; i < count; i++) {
      const sequence = this.nextMember++;
      const member = Math.floor(sequence / 3);
      const conference = CONFERENCES[member % CONFERENCES.length]!;
      const confid = String(1000 + member);
      const [action, delta] = (
        [
          ['add-member', 'newMember'],
          ['mute-member', 'mute'],
          ['del-member', 'delMember'],
        ] as const
      )[sequence % 3]!;
      this.emittedAt.set(deltaKey(delta, conference.name, confid), performance.now());
      this.fire(action, conference.name, confid);
      conference.audience.forEach((context) => this.visible[context]++);
      this.flap(sequence);
    }
  }

  /** The talking changes due after member event `sequence`, the talkers in turn. */
  private flap(sequence: number): void {
    const due = Math.floor((sequence + 1) * this.mix.changesPerEvent);
    for (; this.talkingChanges < due; this.talkingChanges++) {
      const talker = this.talkingChanges % this.mix.talkers;
      this.talking[talker] = !this.talking[talker];
      this.fire(this.talking[talker] ? 'start-talking' : 'stop-talking', ...this.talkerSeat(talker));
    }
  }

  /** A talker's conference and confid (below those the member events use). */
  private talkerSeat(talker: number): [string, string] {
    return [CONFERENCES[talker % CONFERENCES.length]!.name, String(100 + talker)];
  }

  /** Forgets what was fired so far (between steps). */
  reset(): void {
    this.emittedAt.clear();
    for (const context of CONTEXTS) this.visible[context] = 0;
  }

  /** From the simulator's writing of the event to the delta's arrival. */
  latencyOf(text: string, receivedAt: number): number | undefined {
    const delta = JSON.parse(text) as Delta;
    const confid = confidOf(delta);
    if (delta.conference === undefined || confid === undefined) return undefined;
    const emitted = this.emittedAt.get(deltaKey(delta.event, delta.conference, confid));
    return emitted === undefined ? undefined : receivedAt - emitted;
  }

  private fire(action: Action, conference: string, confid: string): void {
    const source = this.captured[action];
    const event = this.simulator.createEvent(
      'CUSTOM',
      { file: 'conference_member.c', func: 'conference_member_add', line: 962 },
      'conference::maintenance',
    );
    const changed: Headers = {
      ...source,
      'Conference-Name': conference,
      'Member-ID': confid,
      'Caller-Caller-ID-Number': '20000',
      'Caller-Caller-ID-Name': `m${confid}`,
      Speak: 'true',
    };
    for (const [name, value] of Object.entries(changed)) event.addHeader(name, value);
    this.simulator.fireEvent(event);
  }
}
