import type { User } from '@fscon/contracts';
import type { Member } from '@fscon/live-state';

/**
 * Who asked for a control: a user of a live client, or a moderator pressing a key on the phone in a
 * conference (FreeSWITCH offers these keys to moderators only, so the press itself vouches for them).
 */
export type ControlCaller =
  { type: 'user'; user: User } | { type: 'moderator-key'; conference: string; member: Member };

export const byUser = (user: User): ControlCaller => ({ type: 'user', user });
export const byModeratorKey = (press: { conference: string; member: Member }): ControlCaller => ({
  type: 'moderator-key',
  conference: press.conference,
  member: press.member,
});
