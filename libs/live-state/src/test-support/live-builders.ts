import type { LiveEvent } from '../model/live-event';
import type { Member } from '../model/live-state';

/** Short builders so that specs read as given events / when event / then state. */
export function member(confid: string, id: string, name: string, mute = false): Member {
  return { name, id, confid, mute };
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
