import type { EslEvent } from '../esl/event-socket.port';
import { Tally } from './tally';

/** The event names and subclasses of the connector's subscription (ESL_SUBSCRIPTION) besides conference::maintenance. */
const EVENT_KINDS = [
  'BACKGROUND_JOB',
  'RELOADXML',
  'HEARTBEAT',
  'sofia::register',
  'sofia::unregister',
  'sofia::expire',
];

/** The conference::maintenance actions the live state follows, and the talk events that are most of the rest. */
const CONFERENCE_ACTIONS = [
  'conference-create',
  'conference-destroy',
  'add-member',
  'del-member',
  'floor-change',
  'mute-member',
  'unmute-member',
  'lock',
  'unlock',
  'start-recording',
  'pause-recording',
  'resume-recording',
  'stop-recording',
  'dtmf',
  'start-talking',
  'stop-talking',
];

const CONFERENCE = 'conference::maintenance';

/**
 * Events read, by kind: the event name (the subclass for CUSTOM events), or `conference::<Action>` for
 * conference::maintenance. Anything else counts as `other` (or `conference::other`).
 */
export class EventKinds {
  readonly byName = Tally.of(EVENT_KINDS, 'other');
  readonly byAction = new Tally(
    CONFERENCE_ACTIONS.map((action) => ({ key: action, label: `conference::${action}` })),
    'conference::other',
  );

  count(event: EslEvent): void {
    if (event.subclass === CONFERENCE) this.byAction.add(event.headers['Action'] ?? '');
    else this.byName.add(event.subclass ?? event.name);
  }
}
