import type { Conference, User } from '@fscon/contracts';
import type { RealFreeswitch } from '@fscon/real-freeswitch';
import { adminClient } from './admin-client';
import type { RealSystem } from './real-system';
import { dialplanConferences, switchDirectory } from './switch-config';
import { userData, userExists } from './switch-user';

/** A list sorted by a key, for comparing lists whose order nobody promised. */
const byKey =
  <T>(key: (item: T) => string) =>
  (items: readonly T[]) =>
    [...items].sort((a, b) => key(a).localeCompare(key(b)));

export const usersById = byKey((user: User) => user.id);
export const conferencesByNum = byKey((conference: Conference) => conference.num);

/** Expects FreeSWITCH to know the user exactly as the connector describes it. */
export async function expectSwitchToKnow(freeswitch: RealFreeswitch, user: User): Promise<void> {
  expect(await userExists(freeswitch, user.id)).toBe(true);
  const { id: _id, ...fields } = user;
  expect(await userData(freeswitch, user.id)).toEqual(fields);
}

/**
 * Expects FreeSWITCH's directory to hold exactly the users the connector lists, each in the group of
 * its context, and `user_exists` / `user_data` to describe each of `changed` as the connector does.
 */
export async function expectUsersAgree(system: RealSystem, changed: readonly User[] = []): Promise<void> {
  const directory = await switchDirectory(system.freeswitch);
  directory.forEach(({ user, group }) => expect(group).toBe(user.context));
  const listed = await adminClient(() => system).users();
  expect(usersById(listed)).toEqual(usersById(directory.map(({ user }) => user)));
  for (const user of changed) {
    expect(listed).toContainEqual(user);
    await expectSwitchToKnow(system.freeswitch, user);
  }
}

/** Expects FreeSWITCH's dialplan to hold exactly the conferences the connector lists; resolves with them. */
export async function expectConferencesAgree(system: RealSystem): Promise<Conference[]> {
  const fromSwitch = await dialplanConferences(system.freeswitch);
  const listed = (await adminClient(() => system).conferences()).conferences;
  expect(conferencesByNum(listed)).toEqual(conferencesByNum(fromSwitch));
  return fromSwitch;
}
