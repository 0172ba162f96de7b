import type { UsersResponse } from '@fscon/contracts';
import { adminClient } from './support/admin-client';
import { describeRealFs } from './support/realfs';
import { startRealSystem, type RealSystem } from './support/real-system';
import {
  conferencesByNum,
  expectConferencesAgree,
  expectUsersAgree,
  usersById,
} from './support/switch-agreement';
import {
  dialplanConferences,
  switchConferenceTypes,
  switchGlobals,
  switchUsers,
} from './support/switch-config';

describeRealFs('real FreeSWITCH: the state the connector reads at start-up', () => {
  let system: RealSystem;
  const client = adminClient(() => system);

  beforeAll(async () => {
    system = await startRealSystem();
  }, 60_000);
  afterAll(() => system?.stop());

  it('lists every user of the directory with the fields FreeSWITCH has', async () => {
    const answer = (await client.ok('/api/users')) as UsersResponse;
    expect(answer.users.map((user) => user.id).sort()).toEqual(['20000', '20001', '21000', '22000']);
    expect(answer.info).toEqual({ total: 4, contexts: { team: 2, friends: 1, public: 1 } });
    await expectUsersAgree(system, answer.users);
  });

  it('lists every conference of the dialplan and the conference types of conference.conf', async () => {
    const fromSwitch = await expectConferencesAgree(system);
    expect(fromSwitch.map((conference) => conference.num).sort()).toEqual(['30000', '31000', '32000']);
    const types = await switchConferenceTypes(system.freeswitch);
    expect(types).toEqual(['16kHz-novideo', '48kHz-video']);
    const answer = await client.conferences();
    expect(answer.info).toEqual({ total: 3, contexts: { team: 1, friends: 1, public: 1 }, types });
  });

  it('holds the same users, conferences, conference types and globals in /api/info/state', async () => {
    const state = await client.state();
    const globals = await switchGlobals(system.freeswitch);
    expect(globals.domain).toBe('127.0.0.1');
    expect(globals.internal_tls_port).toBe(String(system.freeswitch.ports.tls));
    expect(state.globals).toEqual(globals);
    expect(usersById(state.users)).toEqual(usersById(await switchUsers(system.freeswitch)));
    expect(conferencesByNum(state.conferences)).toEqual(
      conferencesByNum(await dialplanConferences(system.freeswitch)),
    );
    expect(state.conferencetypes).toEqual(await switchConferenceTypes(system.freeswitch));
  });
});
