import type { EslEventRecord } from '../model/esl-event-record';
import type { ConferenceState, LiveState, Member, Registration } from '../model/live-state';
import { evolveAll } from '../evolve/evolve';
import { translateEslEvent } from '../translate/translate-esl-event';
import type { TranslationContext } from '../translate/translation-context';
import { EMPTY_LIVE_STATE } from '../model/live-state';
import type { CaptureItem } from './capture-session';

/** A moment of a capture at which FreeSWITCH listed its conferences or registrations. */
export interface Checkpoint {
  kind: 'conferences' | 'registrations';
  /** The listing command, e.g. `conference json_list`, `conference public_conf json_list`. */
  command: string;
  body: string;
  /** The state built from every event that arrived before the listing's answer. */
  state: LiveState;
}

/** Replays a capture's events through translation and evolve, noting the state at every listing. */
export function replayCapture(items: CaptureItem[], context: TranslationContext): Checkpoint[] {
  let state = EMPTY_LIVE_STATE;
  const checkpoints: Checkpoint[] = [];
  for (const item of items) {
    if (item.kind === 'api') {
      const kind = listingKind(item.command);
      if (kind) checkpoints.push({ kind, command: item.command, body: item.body, state });
      continue;
    }
    const job = backgroundListing(item.event);
    if (job) checkpoints.push({ ...job, state });
    state = evolveAll(state, translateEslEvent(item.event, context));
  }
  return checkpoints;
}

function listingKind(command: string): Checkpoint['kind'] | undefined {
  if (/^conference (\S+ )?json_list$/.test(command)) return 'conferences';
  if (command === 'show registrations as json') return 'registrations';
  return undefined;
}

function backgroundListing(event: EslEventRecord): Omit<Checkpoint, 'state'> | undefined {
  if (event.name !== 'BACKGROUND_JOB' || event.body === undefined) return undefined;
  const command = `${event.headers['Job-Command'] ?? ''} ${event.headers['Job-Command-Arg'] ?? ''}`;
  const kind = listingKind(command);
  return kind && { kind, command, body: event.body };
}

/**
 * A conference as both events and listings can tell it: without `lastleave` (history a listing cannot
 * know) and without `talking`, because these captures were recorded with start-talking and stop-talking
 * suppressed in the profiles, so only the listings saw who was talking.
 */
export function comparable(conference: ConferenceState): ComparableConference {
  const { lastleave: _history, floor, lastjoin, members, ...rest } = conference;
  return {
    ...rest,
    floor: floor && withoutTalking(floor),
    lastjoin: lastjoin && withoutTalking(lastjoin),
    members: members.map(withoutTalking),
  };
}

type ComparableMember = Omit<Member, 'talking'>;
type ComparableConference = Omit<ConferenceState, 'lastleave' | 'floor' | 'lastjoin' | 'members'> & {
  floor: ComparableMember | null;
  lastjoin: ComparableMember | null;
  members: ComparableMember[];
};

function withoutTalking({ talking: _heard, ...member }: Member): ComparableMember {
  return member;
}

export function sortedRegistrations(registrations: Iterable<Registration>): Registration[] {
  return [...registrations].sort((a, b) => `${a.id} ${a.regid}`.localeCompare(`${b.id} ${b.regid}`));
}
