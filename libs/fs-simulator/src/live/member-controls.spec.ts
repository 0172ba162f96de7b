import { liveCore, LiveCore } from '../test-support/live-core';
import { CONFERENCE_MAINTENANCE } from './conference-origins';

/** The Action of each conference::maintenance event fired since `from`, with its conference and member. */
const actions = (live: LiveCore, from: number) =>
  live.fired
    .slice(from)
    .filter((event) => event.subclass === CONFERENCE_MAINTENANCE)
    .map((event) =>
      [event.getHeader('Conference-Name'), event.getHeader('Action'), event.getHeader('Member-ID')].join(' '),
    );

/** Replies and events as the real switch gave them (FreeSWITCH cc93a68, conference_api.c). */
describe('member and conference controls of the conference api', () => {
  let live: LiveCore;
  let first: number;
  let second: number;
  const api = (arg: string): string => live.core.api('conference', arg);
  const lastEvent = () => live.custom(CONFERENCE_MAINTENANCE).at(-1)!;

  beforeEach(async () => {
    live = liveCore({
      soundFileExists: (path) => path.startsWith('/sounds/') || path.includes('/conference/'),
    });
    first = (await live.calls.join({ number: '30000', user: '20000' })).memberId;
    second = (await live.calls.join({ number: '30000', user: '20001' })).memberId;
    await live.calls.settled();
  });
  afterEach(() => live.remove());

  it('deafens and undeafens a member: deaf-member, undeaf-member with Hear', () => {
    expect(api(`team_g722 deaf ${second}`)).toBe(`+OK deaf ${second}\n`);
    expect(lastEvent().getHeader('Action')).toBe('deaf-member');
    expect(lastEvent().getHeader('Hear')).toBe('false');
    expect(lastEvent().getHeader('Event-Calling-Function')).toBe('conference_api_sub_deaf');
    expect(api(`team_g722 undeaf ${second}`)).toBe(`+OK undeaf ${second}\n`);
    expect(lastEvent().getHeader('Action')).toBe('undeaf-member');
    expect(lastEvent().getHeader('Hear')).toBe('true');
    expect(api('team_g722 deaf 99')).toBe('-ERR Non-Existant ID 99\n');
  });

  it('sets the volumes, clamped to -4…4: volume-in-member, volume-out-member with Volume-Level', () => {
    expect(api(`team_g722 volume_in ${second} 2`)).toBe(`+OK Volume IN ${second} = 2\n`);
    expect(lastEvent().getHeader('Action')).toBe('volume-in-member');
    expect(lastEvent().getHeader('Volume-Level')).toBe('2');
    expect(api(`team_g722 volume_in ${second} 5`)).toBe(`+OK Volume IN ${second} = 4\n`);
    expect(api(`team_g722 volume_out ${second} -3`)).toBe(`+OK Volume OUT ${second} = -3\n`);
    expect(lastEvent().getHeader('Action')).toBe('volume-out-member');
    expect(lastEvent().getHeader('Volume-Level')).toBe('-3');
    const from = live.fired.length;
    expect(api(`team_g722 volume_in ${second}`)).toBe(`+OK Volume IN ${second} = 4\n`);
    expect(actions(live, from)).toEqual([]);
    expect(api('team_g722 volume_out 99 1')).toBe('-ERR Non-Existant ID 99\n');
    const listed = JSON.parse(api('team_g722 json_list')) as Array<{
      members: Array<{ id: number; volume_in: number; volume_out: number }>;
    }>;
    expect(listed[0].members.find((m) => m.id === second)).toMatchObject({ volume_in: 4, volume_out: -3 });
  });

  it('sets the energy level without a bound: energy-level-member with Energy-Level', () => {
    expect(api(`team_g722 energy ${second} 300`)).toBe(`Energy ${second} = 300\n`);
    expect(lastEvent().getHeader('Action')).toBe('energy-level-member');
    expect(lastEvent().getHeader('Energy-Level')).toBe('300');
    expect(api(`team_g722 energy ${second} 100000`)).toBe(`Energy ${second} = 100000\n`);
    expect(api(`team_g722 energy ${second}`)).toBe(`Energy ${second} = 100000\n`);
    expect(api('team_g722 energy 99 1')).toBe('-ERR Non-Existant ID 99\n');
    expect(api('team_g722 list')).toContain(';0;0;100000\n');
  });

  it('transfers a member to a conference not running yet, started with the profile named after @', () => {
    const from = live.fired.length;
    expect(api(`team_g722 transfer friends_conf@16kHz-novideo ${second}`)).toBe(
      `+OK Member '${second}' sent to conference friends_conf@16kHz-novideo.\n`,
    );
    expect(actions(live, from)).toEqual([
      `team_g722 transfer ${second}`,
      `team_g722 del-member ${second}`,
      'friends_conf conference-create ',
      `friends_conf add-member ${second}`,
      `friends_conf floor-change ${second}`,
    ]);
    const added = live.custom(CONFERENCE_MAINTENANCE, 'add-member').at(-1)!;
    expect(added.getHeader('Conference-Profile-Name')).toBe('16kHz-novideo');
    expect(added.getHeader('Member-Type')).toBe('member');
    const transfer = live.custom(CONFERENCE_MAINTENANCE, 'transfer')[0];
    expect(transfer.getHeader('Old-Conference-Name')).toBe('team_g722');
    expect(transfer.getHeader('New-Conference-Name')).toBe('friends_conf@16kHz-novideo');
    expect(api('team_g722 transfer friends_conf 99')).toBe('-ERR No Member 99 in conference team_g722.\n');
  });

  it('transfers the last member: the floor is let go, and the old conference ends', async () => {
    api(`team_g722 transfer friends_conf@16kHz-novideo ${second}`);
    await live.calls.settled();
    const from = live.fired.length;
    api(`team_g722 transfer friends_conf@16kHz-novideo ${first}`);
    await live.calls.settled();
    expect(actions(live, from)).toEqual(
      expect.arrayContaining([
        `team_g722 transfer ${first}`,
        'team_g722 floor-change ',
        `team_g722 del-member ${first}`,
        `friends_conf add-member ${first}`,
        'team_g722 conference-destroy ',
      ]),
    );
    expect(api('team_g722 list')).toBe('-ERR Conference team_g722 not found\n');
  });

  it('plays a file to one member: play-file-member, then play-file-member-done', async () => {
    const from = live.fired.length;
    expect(api(`team_g722 play /sounds/fscon/16000/x.wav ${second}`)).toBe(
      `+OK (play) Playing file /sounds/fscon/16000/x.wav to member ${second}\n`,
    );
    await live.calls.settled();
    expect(actions(live, from)).toEqual([
      `team_g722 play-file-member ${second}`,
      `team_g722 play-file-member-done ${second}`,
    ]);
    expect(api('team_g722 play /sounds/x.wav 99')).toBe(
      '-ERR Member: 99 not found.\nplay <file_path> [async|<member_id> [nomux]]',
    );
    expect(api(`team_g722 play /nosuch.wav ${second}`)).toBe('-ERR (play) File: /nosuch.wav not found.\n');
  });

  it('sets and removes the PIN, without an event; a caller joins with it or, once it is removed, without', async () => {
    const from = live.fired.length;
    expect(api('team_g722 pin 1234')).toBe('+OK Pin for conference team_g722 set: 1234\n');
    const caller = { number: '30000', user: { id: '20002', name: 'pinned' }, context: 'team' };
    await expect(live.calls.join(caller)).rejects.toThrow(/asks for a PIN/);
    expect(actions(live, from)).toEqual([]);
    await live.calls.join({ ...caller, pin: '1234' });
    const joined = live.fired.length;
    expect(api('team_g722 nopin')).toBe('+OK Pin for conference team_g722 deleted\n');
    await live.calls.join({ number: '30000', user: { id: '20003', name: 'third' }, context: 'team' });
    expect(actions(live, joined).filter((action) => action.includes('add-member'))).toHaveLength(1);
    const unchanged = live.fired.length;
    expect(api('team_g722 pin')).toBe('-ERR Invalid parameters:\npin <pin#>');
    expect(actions(live, unchanged)).toEqual([]);
  });
});
