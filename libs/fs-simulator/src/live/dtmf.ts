import { addChannelData } from './channel';
import { Conference, Member } from './conference';
import { callerControls } from './conference-config';
import { CONFERENCE_ORIGINS as ORIGINS } from './conference-origins';
import { Conferences } from './conferences';
import { MemberActions, VolumeChange, VolumeDirection } from './member-actions';

const VOLUME_CONTROL = /^vol (talk|listen) (up|dn|zero)$/;

/**
 * A key pressed by a member: the core DTMF event on its channel, then what its caller-control group
 * (moderator-controls for moderators, caller-controls otherwise) binds to the digit.
 */
export function pressKey(
  conferences: Conferences,
  actions: MemberActions,
  conference: Conference,
  member: Member,
  key: string,
): void {
  const live = conferences.live;
  const dtmf = addChannelData(live.create('DTMF', ORIGINS.dtmf), member.channel)
    .addHeader('DTMF-Digit', key)
    .addHeader('DTMF-Duration', '2000')
    .addHeader('DTMF-Source', 'APP');
  live.fire(dtmf);
  const { profile } = conference;
  const group = member.flags.isModerator ? profile.moderatorControls : profile.callerControls;
  const control = callerControls(live.xml, group).get(key);
  if (!control) return;
  const volume = VOLUME_CONTROL.exec(control.action);
  if (volume) {
    actions.volume(conference, member, volume[1] as VolumeDirection, volume[2] as VolumeChange);
    return;
  }
  switch (control.action) {
    case 'event':
      conferences.events.member(conference, member, ORIGINS.dtmfControl, 'dtmf', [
        ['DTMF-Key', key],
        ['Data', control.data ?? ''],
      ]);
      return;
    case 'mute':
    case 'deaf mute':
      actions.toggleMute(conference, member);
      return;
    case 'energy up':
    case 'energy equ':
    case 'energy dn':
      actions.energy(conference, member, control.action.slice(7) as 'up' | 'equ' | 'dn');
      return;
    case 'hangup':
      conferences.leave(conference, member);
      return;
  }
}
