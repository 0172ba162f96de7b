import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InfoResponse, User } from '@fscon/contracts';
import { folderSnapshot } from '../../src/config-files/test-support/folder-snapshot';
import { adminClient } from './support/admin-client';
import { describeRealFs } from './support/realfs';
import { startRealSystem, type RealSystem } from './support/real-system';
import { expectConferencesAgree, expectUsersAgree } from './support/switch-agreement';
import { switchDirectory, switchGlobals } from './support/switch-config';
import { userData, userExists } from './support/switch-user';

/** A name that would close the attribute and add a variable of its own if it were written as it is. */
const BREAKOUT_NAME = '"/><variable name="user_context" value="team';
/** The message of a refused reloadxml (`+OK [<message>]`), its line number left out. */
const withoutLine = (message: string) => message.replace(/near line \d+/, 'near line N');

describeRealFs('real FreeSWITCH: writes that must not change what they were not asked to', () => {
  let system: RealSystem;
  const client = adminClient(() => system);
  const variableNamesOf = async (id: string) =>
    (await switchDirectory(system.freeswitch)).find(({ user }) => user.id === id)?.variableNames;

  beforeAll(async () => {
    system = await startRealSystem();
  }, 60_000);
  afterAll(() => system?.stop());

  it('writes hostile names and values as they were sent: no other context, no expanded variable', async () => {
    const variablesBefore = await variableNamesOf('20001');
    const sent = {
      name: BREAKOUT_NAME,
      email: '$${default_password}@example.org',
      context: 'public',
      password: '$${default_password}',
    };
    const answer = await client.writeUsers('add', [sent]);

    expect(answer.failed).toEqual([]);
    const [added] = answer.done;
    const expected = { ...sent, conpin: (await switchGlobals(system.freeswitch)).defconpin, polymac: 'none' };
    expect(added).toEqual({ id: '22001', ...expected });
    expect(await userData(system.freeswitch, '22001')).toEqual(expected);
    expect(await variableNamesOf('22001')).toEqual(variablesBefore);
    await expectUsersAgree(system, [added]);
  });

  it('keeps the context and the password when a user is renamed to a hostile name', async () => {
    const name = `\${user_context}${BREAKOUT_NAME}`;
    const answer = await client.writeUsers('mod', [{ id: '21000', name, password: '${default_password}' }]);

    expect(answer.failed).toEqual([]);
    expect(answer.done).toEqual([expect.objectContaining({ id: '21000', name, context: 'friends' })]);
    expect(await userData(system.freeswitch, '21000')).toMatchObject({
      name,
      context: 'friends',
      password: '${default_password}',
    });
    await expectUsersAgree(system, answer.done);
  });

  it('refuses a pin that is not digits with 400 naming the field, changing nothing', async () => {
    const before = folderSnapshot(system.freeswitch.confDir);
    const response = await client.request('/api/users/add', [
      { name: 'pin', email: 'pin@example.org', context: 'public', conpin: '${domain}' },
    ]);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error).toMatch(/conpin must be up to 16 digits/);
    expect(folderSnapshot(system.freeswitch.confDir)).toEqual(before);
  });

  it('refuses a conference name that could break an Event Socket command with 400 naming the field', async () => {
    const before = await expectConferencesAgree(system);
    const response = await client.request('/api/conferences/add', [
      { name: 'x"/><action application="bridge', type: '16kHz-novideo', context: 'team' },
    ]);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error).toMatch(/name may hold only letters, digits/);
    expect(await expectConferencesAgree(system)).toEqual(before);
  });

  it("fails a write FreeSWITCH refuses with FreeSWITCH's message, leaving every file as it was", async () => {
    const planted = join(system.freeswitch.confDir, 'directory/team/29999.xml');
    writeFileSync(planted, '<include>\n  <user id="29999"\n</include>\n');
    const before = folderSnapshot(system.freeswitch.confDir);
    const usersBefore = await client.users();

    const users = await client.writeUsers('add', [
      { name: 'refused', email: 'r@example.org', context: 'team' },
    ]);
    const conferences = await client.writeConferences('add', [
      { name: 'refused', type: '16kHz-novideo', context: 'team' },
    ]);

    const refusal = (await system.freeswitch.api('reloadxml')).trim();
    expect(refusal).toMatch(/^\+OK \[\[error near line \d+\]: .+\]$/);
    const message = withoutLine(`FreeSWITCH refused the new configuration: ${refusal.slice(5, -1)}`);
    for (const answer of [users, conferences]) {
      expect(answer.done).toEqual([]);
      expect(answer.failed).toHaveLength(1);
      expect(withoutLine(answer.failed[0]!.error)).toBe(message);
    }
    expect(folderSnapshot(system.freeswitch.confDir)).toEqual(before);
    expect(await client.users()).toEqual(usersBefore);
    expect(await userExists(system.freeswitch, '20002')).toBe(false);
    const info = (await client.ok('/api/info')) as InfoResponse;
    expect(withoutLine(info.info.reloadxml.lastmsg)).toBe(withoutLine(refusal));

    rmSync(planted);
    const again = await client.writeUsers('add', [
      { name: 'accepted', email: 'a@example.org', context: 'team' },
    ]);
    expect(again.done.map((user: User) => user.id)).toEqual(['20002']);
    await expectUsersAgree(system, again.done);
  });
});
