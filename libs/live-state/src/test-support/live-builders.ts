import type { LiveEvent } from '../model/live-event';
import { MEMBER_AUDIO_DEFAULTS } from '@fscon/contracts';
import type { Member } from '../model/live-state';

/** Short builders so that specs read as given events / when event / then state. */
export function member(confid: string, id: string, name: string, mute = false): Member {
  return { name, id, confid, mute, ...MEMBER_AUDIO_DEFAULTS };
}

export const created = (conference: string): LiveEvent => ({
  type: 'ConferenceCreated',
  data: { conference },
});
export const joined = (conference: string, m: Member): LiveEvent => ({
  type: 'MemberJoined',
  data: { conference, member: m },
});
export const left = (conference: string, m: Member): LiveEvent => ({
  type: 'MemberLeft',
  data: { conference, member: m },
});
export const floor = (conference: string, m: Member | null): LiveEvent => ({
  type: 'FloorChanged',
  data: { conference, floor: m },
});
export const muted = (conference: string, confid: string): LiveEvent => ({
  type: 'MemberMuted',
  data: { conference, confid },
});
export const unmuted = (conference: string, confid: string): LiveEvent => ({
  type: 'MemberUnmuted',
  data: { conference, confid },
});
export const ended = (conference: string): LiveEvent => ({ type: 'ConferenceEnded', data: { conference } });
export const talking = (conference: string, confid: string): LiveEvent => ({
  type: 'MemberTalking',
  data: { conference, confid },
});
export const stoppedTalking = (conference: string, confid: string): LiveEvent => ({
  type: 'MemberStoppedTalking',
  data: { conference, confid },
});
export const deafened = (conference: string, confid: string): LiveEvent => ({
  type: 'MemberDeafened',
  data: { conference, confid },
});
export const volume = (
  conference: string,
  confid: string,
  direction: 'in' | 'out',
  level: number,
): LiveEvent => ({
  type: 'MemberVolumeChanged',
  data: { conference, confid, direction, level },
});
export const energy = (conference: string, confid: string, level: number): LiveEvent => ({
  type: 'MemberEnergyChanged',
  data: { conference, confid, energy: level },
});
