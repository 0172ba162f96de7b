import type { Conference } from '@fscon/contracts';
import { isEvent, LiveTestClient } from '../support/live-client';
import { adminClient } from './support/admin-client';
import { conferenceCallers } from './support/conference-callers';
import { CONTEXT_LOGINS } from './support/context-clients';
import { describeRealFs } from './support/realfs';
import { startRealSystem, type RealSystem } from './support/real-system';
import { expectConferencesAgree } from './support/switch-agreement';
import { dialplanConferences } from './support/switch-config';

describeRealFs('real FreeSWITCH: adding, changing and deleting conferences', () => {
  let system: RealSystem;
  let live: LiveTestClient;
  const client = adminClient(() => system);

  const expectSwitchAgrees = () => expectConferencesAgree(system);
  /** The conference can be dialled, and the live socket tells the team about it. */
  const expectDialable = async (conference: Conference, caller: string) => {
    const from = live.received.length;
    await conferenceCallers(system.freeswitch).expectToJoin(conference, caller);
    await live.next(isEvent('newConference', conference.name), from);
  };

  beforeAll(async () => {
    system = await startRealSystem();
    live = await LiveTestClient.open(system.connector.url, CONTEXT_LOGINS.team);
    await live.ask({ req: 'init' }, (message) => message.event === 'reply');
  }, 60_000);
  afterAll(async () => {
    await live?.close();
    await system?.stop();
  });

  it('adds a conference to each context, and each can be dialled from its context', async () => {
    const answer = await client.writeConferences('add', [
      { name: 'team_new', type: '48kHz-video', context: 'team' },
      { name: 'friends_new', type: '16kHz-novideo', context: 'friends' },
      { name: 'public_new', type: '16kHz-novideo', context: 'public' },
    ]);

    expect(answer.failed).toEqual([]);
    expect(answer.done).toEqual([
      { num: '30001', name: 'team_new', type: '48kHz-video', context: 'team' },
      { num: '31001', name: 'friends_new', type: '16kHz-novideo', context: 'friends' },
      { num: '32001', name: 'public_new', type: '16kHz-novideo', context: 'public' },
    ]);
    const fromSwitch = await expectSwitchAgrees();
    answer.done.forEach((conference) => expect(fromSwitch).toContainEqual(conference));
    for (const [i, conference] of answer.done.entries()) await expectDialable(conference, `5550${i}`);
  });

  it('renames, retypes and moves conferences, and the switch routes the new numbers', async () => {
    const answer = await client.writeConferences('mod', [
      { num: '30001', name: 'team_renamed', type: '16kHz-novideo' },
      { num: '31001', context: 'public' },
    ]);

    expect(answer.failed).toEqual([]);
    expect(answer.done).toEqual([
      { num: '30001', name: 'team_renamed', type: '16kHz-novideo', context: 'team' },
      { num: '32002', name: 'friends_new', type: '16kHz-novideo', context: 'public' },
    ]);
    const nums = (await expectSwitchAgrees()).map((conference) => conference.num);
    expect(nums).not.toContain('31001');
    for (const conference of answer.done) await expectDialable(conference, '55510');
  });

  it('deletes conferences', async () => {
    const answer = await client.writeConferences('del', [
      { num: '30001' },
      { num: '32001' },
      { num: '32002' },
    ]);

    expect(answer.failed).toEqual([]);
    expect(answer.done.map((conference) => conference.num)).toEqual(['30001', '32001', '32002']);
    const nums = (await expectSwitchAgrees()).map((conference) => conference.num);
    expect(nums.sort()).toEqual(['30000', '31000', '32000']);
  });

  it('refuses an unknown type and a taken name, leaving the dialplan as it was', async () => {
    const before = await dialplanConferences(system.freeswitch);
    const answer = await client.writeConferences('add', [
      { name: 'odd', type: '8kHz-nothing', context: 'team' },
      { name: 'team_g722', type: '16kHz-novideo', context: 'friends' },
    ]);

    expect(answer.done).toEqual([]);
    expect(answer.failed.map((failure) => failure.error)).toEqual([
      'type not implementet',
      'name already taken',
    ]);
    expect(await expectSwitchAgrees()).toEqual(before);
  });
});
