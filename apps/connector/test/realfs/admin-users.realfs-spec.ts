import type { User } from '@fscon/contracts';
import { adminClient } from './support/admin-client';
import { describeRealFs } from './support/realfs';
import { startRealSystem, type RealSystem } from './support/real-system';
import { expectUsersAgree } from './support/switch-agreement';
import { switchGlobals } from './support/switch-config';
import { userExists } from './support/switch-user';

describeRealFs('real FreeSWITCH: adding, changing and deleting users', () => {
  let system: RealSystem;
  const client = adminClient(() => system);

  const expectSwitchAgrees = (changed: readonly User[]) => expectUsersAgree(system, changed);

  beforeAll(async () => {
    system = await startRealSystem();
  }, 60_000);
  afterAll(() => system?.stop());

  it('adds a user to each context, with the default pin of its context and a Polycom phone', async () => {
    const globals = await switchGlobals(system.freeswitch);
    const answer = await client.writeUsers('add', [
      { name: 'ann', email: 'ann@example.org', context: 'team', password: 'ann-secret' },
      { name: 'bob', email: 'bob@example.org', context: 'friends', polymac: '0004F2010203' },
      { name: 'cy', email: 'cy@example.org', context: 'public', conpin: '4711' },
    ]);

    expect(answer.failed).toEqual([]);
    expect(answer.done).toEqual([
      { id: '20002', password: 'ann-secret', conpin: globals.modconpin, context: 'team', name: 'ann',
        email: 'ann@example.org', polymac: 'none' }, // prettier-ignore
      { id: '21001', password: expect.stringMatching(/^[A-Za-z0-9]{10}$/), conpin: globals.defconpin,
        context: 'friends', name: 'bob', email: 'bob@example.org', polymac: '0004f2010203' }, // prettier-ignore
      { id: '22001', password: expect.stringMatching(/^[A-Za-z0-9]{10}$/), conpin: '4711',
        context: 'public', name: 'cy', email: 'cy@example.org', polymac: 'none' }, // prettier-ignore
    ]);
    await expectSwitchAgrees(answer.done);
  });

  it('changes a user in place, and a change of context moves it to a number of the new range', async () => {
    const answer = await client.writeUsers('mod', [
      {
        id: '20002',
        name: 'ann2',
        email: 'ann2@example.org',
        password: 'new-secret',
        polymac: '64167f0a0b0c',
      },
      { id: '21001', context: 'team', password: 'bob-secret', polymac: '0004f2010203' },
      { id: '22001', name: 'cy2' },
    ]);

    expect(answer.failed).toEqual([]);
    const [ann, bob, cy] = answer.done;
    expect(ann).toMatchObject({ id: '20002', name: 'ann2', password: 'new-secret', polymac: '64167f0a0b0c' });
    expect(bob).toMatchObject({ id: '20003', context: 'team', name: 'bob', password: 'bob-secret' });
    expect(bob.polymac).toBe('0004f2010203');
    // An absent password is regenerated, as the original did ("reset password").
    expect(cy).toMatchObject({ id: '22001', name: 'cy2', conpin: '4711', context: 'public' });
    expect(cy.password).toMatch(/^[A-Za-z0-9]{10}$/);
    expect(await userExists(system.freeswitch, '21001')).toBe(false);
    await expectSwitchAgrees(answer.done);
  });

  it('deletes users from every context', async () => {
    const answer = await client.writeUsers('del', [{ id: '20002' }, { id: '20003' }, { id: '22001' }]);

    expect(answer.failed).toEqual([]);
    expect(answer.done.map((user) => user.id)).toEqual(['20002', '20003', '22001']);
    for (const id of ['20002', '20003', '22001']) expect(await userExists(system.freeswitch, id)).toBe(false);
    await expectSwitchAgrees([]);
    expect((await client.users()).map((user) => user.id).sort()).toEqual([
      '20000',
      '20001',
      '21000',
      '22000',
    ]);
  });

  it('reports a user it does not have without touching the others', async () => {
    const answer = await client.writeUsers('del', [{ id: '21999' }]);
    expect(answer).toEqual({
      op: 'users/del',
      done: [],
      failed: [expect.objectContaining({ error: 'no userid 21999' })],
    });
    await expectSwitchAgrees([]);
  });
});
