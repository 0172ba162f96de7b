import { FsEvent } from '../events/fs-event';
import { addChannelData } from './channel';
import { Conference, Member } from './conference';

/** The energy FreeSWITCH measured for a member playing a steady tone. */
const TALKING_ENERGY = '6478';

/** conference_event_add_data: who the conference is and how many are in it. */
export function addConferenceData(event: FsEvent, conference: Conference): FsEvent {
  return event
    .addHeader('Conference-Name', conference.name)
    .addHeader('Conference-Domain', conference.domain)
    .addHeader('Conference-Size', String(conference.members.length))
    .addHeader('Conference-Ghosts', String(conference.members.filter((m) => m.flags.ghost).length))
    .addHeader('Conference-Profile-Name', conference.profile.name)
    .addHeader('Conference-Unique-ID', conference.uuid);
}

/** conference_member_add_event_data: the conference, the floor, the member's channel, then its state. */
export function addMemberData(event: FsEvent, conference: Conference, member: Member): FsEvent {
  addConferenceData(event, conference).addHeader('Floor', String(conference.floorHolder === member));
  const { flags } = member;
  return addChannelData(event, member.channel)
    .addHeader('Video', String(flags.hasVideo))
    .addHeader('Hear', String(flags.canHear))
    .addHeader('See', String(flags.canSee))
    .addHeader('Speak', String(flags.canSpeak))
    .addHeader('Talking', String(flags.talking))
    .addHeader('Mute-Detect', String(flags.muteDetect))
    .addHeader('Hold', String(flags.hold))
    .addHeader('Member-ID', String(member.id))
    .addHeader('Member-Type', flags.isModerator ? 'moderator' : 'member')
    .addHeader('Member-Ghost', String(flags.ghost))
    .addHeader('Energy-Level', String(member.energyLevel))
    .addHeader('Current-Energy', flags.talking ? TALKING_ENERGY : '0');
}

/** Packets of 20 ms; the shares of them above and below the energy level, as a tone with pauses gave. */
const PACKET_MS = 20;
const GATE_HIT_SHARE = 0.68;
const NON_HIT_SHARE = 0.05;
const DELTA_AVERAGE = '336.893204';

/**
 * The talking-* statistics stop-talking carries (before Action) for a member that talked `talkedMs`:
 * packets above the level (gate hits), below it while talking (non hits), and their shares in percent.
 */
export function talkingStatistics(talkedMs: number): Array<[string, string]> {
  const packets = Math.max(1, Math.round(talkedMs / PACKET_MS));
  const hits = Math.max(1, Math.round(packets * GATE_HIT_SHARE));
  const nonHits = Math.round(packets * NON_HIT_SHARE);
  const hitOn = (hits / packets) * 100;
  const hitOff = (nonHits / packets) * 100;
  const decimal = (value: number) => value.toFixed(6);
  return [
    ['talking-gate-hits', String(hits)],
    ['talking-total-packets', String(packets)],
    ['talking-duration-ms', String(packets * PACKET_MS)],
    ['talking-average-energy', decimal(Number(TALKING_ENERGY))],
    ['talking-delta-average', DELTA_AVERAGE],
    ['talking-hit-on-percent', decimal(hitOn)],
    ['talking-non-hit-ratio', decimal((nonHits / hits) * 100)],
    ['talking-hit-off-percent', decimal(hitOff)],
    ['talking-hit-off-differential', decimal(hitOn - hitOff)],
  ];
}
