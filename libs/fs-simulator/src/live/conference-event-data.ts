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
