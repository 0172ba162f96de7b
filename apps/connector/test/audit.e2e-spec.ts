import type { AuditEntry, AuditPage } from '@fscon/contracts';
import { whileFreeSwitchRefuses } from './support/refused-write';
import { jsonRequests } from './support/json-requests';
import { eventually, startSystem, type TestSystem } from './support/system';

/**
 * The audit log of real admin writes over HTTP: each write is in `GET /api/audit` once answered, with
 * no live event after it to carry it into the history.
 */
describe('the audit log of admin writes over HTTP', () => {
  let system: TestSystem;
  const { ok, request } = jsonRequests(() => system);
  /** The audit entries after `seq`, oldest first, once there are `count` of them. */
  const auditAfter = (seq: number, count: number) =>
    eventually(async () => {
      const page = (await ok('/api/audit')) as AuditPage;
      const fresh = page.entries.filter((entry) => entry.seq > seq).reverse();
      expect(fresh).toHaveLength(count);
      return fresh;
    });
  const newest = async () => ((await ok('/api/audit')) as AuditPage).entries[0]?.seq ?? 0;
  const shown = ({ actor, kind, subject, before, after, error }: AuditEntry) => ({
    actor,
    kind,
    subject,
    before,
    after,
    error,
  });

  beforeAll(async () => {
    system = await startSystem();
    await eventually(async () => expect((await fetch(`${system.url}/readyz`)).status).toBe(200));
  });
  afterAll(() => system?.stop());

  it('shows a user added, changed and deleted by the caller, without password or pin', async () => {
    const start = await newest();
    await ok('/api/users/add', [
      { name: 'ann', email: 'ann@example.org', context: 'team', password: 's3cret-one', conpin: '4711' },
    ]);
    const [added] = await auditAfter(start, 1);
    await ok('/api/users/mod', [{ id: '20002', email: 'ann@example.com', password: 's3cret-two' }]);
    const [, changed] = await auditAfter(start, 2);
    await ok('/api/users/del', [{ id: '20002' }]);
    const [, , deleted] = await auditAfter(start, 3);
    const ann = { id: '20002', context: 'team', name: 'ann', email: 'ann@example.org', polymac: 'none' };
    const changedAnn = { ...ann, email: 'ann@example.com' };
    expect([added, changed, deleted].map((entry) => shown(entry!))).toEqual([
      { actor: 'defaultuser', kind: 'user.added', subject: '20002', before: null, after: ann, error: null },
      {
        actor: 'defaultuser',
        kind: 'user.changed',
        subject: '20002',
        before: ann,
        after: changedAnn,
        error: null,
      },
      {
        actor: 'defaultuser',
        kind: 'user.deleted',
        subject: '20002',
        before: changedAnn,
        after: null,
        error: null,
      },
    ]);
  });

  it("shows a refused write with FreeSWITCH's message", async () => {
    const start = await newest();
    const answer = await whileFreeSwitchRefuses(system, () =>
      ok('/api/users/add', [{ name: 'r1', email: 'r1@example.org', context: 'team' }]),
    );
    const [refused] = await auditAfter(start, 1);
    expect(answer.failed[0].error).toMatch(/^FreeSWITCH refused the new configuration: /);
    expect(shown(refused!)).toEqual({
      actor: 'defaultuser',
      kind: 'write.refused',
      subject: '',
      before: null,
      after: null,
      error: answer.failed[0].error,
    });
  });

  it('exports the same entries as CSV, newest first, without secrets', async () => {
    const { status, body } = await request('/api/audit?format=csv');
    const lines = body.split('\r\n');
    expect([status, lines[0]]).toEqual([200, 'seq,at,actor,kind,subject,error,before,after']);
    expect(lines.slice(1, 5).map((line) => line.split(',').slice(2, 5).join(','))).toEqual([
      'defaultuser,write.refused,',
      'defaultuser,user.deleted,20002',
      'defaultuser,user.changed,20002',
      'defaultuser,user.added,20002',
    ]);
    expect(body).not.toMatch(/s3cret|4711|password|conpin/);
  });
});
