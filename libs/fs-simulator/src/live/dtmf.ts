import { addChannelData } from './channel';
import { Conference, Member } from './conference';
import { callerControls, type CallerControl } from './conference-config';
import { CONFERENCE_ORIGINS as ORIGINS } from './conference-origins';
import { Conferences } from './conferences';
import { MemberActions, VolumeChange, VolumeDirection } from './member-actions';

const VOLUME_CONTROL = /^vol (talk|listen) (up|dn|zero)$/;

/**
 * A key pressed by a member: the core DTMF event on its channel, then, once the keys so far make one
 * (the member's digit machine), what its caller-control group (moderator-controls for moderators,
 * caller-controls otherwise) binds to them.
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
  member.digits.press(key, callerControls(live.xml, group), profile.dtmfTimeoutMs, (control) => {
    if (conference.member(member.id) === member) carryOut(conferences, actions, conference, member, control);
  });
}

function carryOut(
  conferences: Conferences,
  actions: MemberActions,
  conference: Conference,
  member: Member,
  control: CallerControl,
): void {
  const volume = VOLUME_CONTROL.exec(control.action);
  if (volume) {
    actions.volume(conference, member, volume[1] as VolumeDirection, volume[2] as VolumeChange);
    return;
  }
  switch (control.action) {
    case 'event':
      conferences.events.member(conference, member, ORIGINS.dtmfControl, 'dtmf', [
        ['DTMF-Key', control.digits],
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
