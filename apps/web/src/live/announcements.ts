import type { LiveDelta } from '@fscon/contracts';
import type { LiveView } from './live-view';
import { memberName } from './member-name';

/**
 * What a screen reader should hear about a delta, given the view before it; undefined for the ones
 * that are not worth interrupting for (mute changes, floor, registrations). Talking is never announced:
 * it changes with every few words, and the member's row shows it as a "Talking" badge to read on demand.
 */
export function announcementOf(
  before: LiveView,
  delta: LiveDelta,
  names: ReadonlyMap<string, string> = new Map(),
): string | undefined {
  switch (delta.event) {
    case 'newConference': {
      const first = delta.data.members[0];
      return first ? `${memberName(first, names)} joined ${delta.data.name}` : `${delta.data.name} started`;
    }
    case 'newMember': {
      const members = before.conferences[delta.conference]?.members;
      const known = members === undefined || members.some((m) => m.confid === delta.data.confid);
      return known ? undefined : `${memberName(delta.data, names)} joined ${delta.conference}`;
    }
    case 'delMember': {
      const leaving = before.conferences[delta.conference]?.members.find((m) => m.confid === delta.data);
      return leaving ? `${memberName(leaving, names)} left ${delta.conference}` : undefined;
    }
    case 'delConference':
      return delta.conference in before.conferences ? `${delta.conference} ended` : undefined;
    case 'lock':
    case 'unlock':
      return `${delta.conference} ${delta.event === 'lock' ? 'locked' : 'unlocked'}`;
    case 'muteAll':
      return `Everyone muted in ${delta.conference}`;
    case 'recStart':
      return `Recording started in ${delta.conference}`;
    case 'recPause':
      return `Recording paused in ${delta.conference}`;
    case 'recResume':
      return `Recording resumed in ${delta.conference}`;
    case 'recStop':
      return `Recording stopped in ${delta.conference}`;
    default:
      return undefined;
  }
}
