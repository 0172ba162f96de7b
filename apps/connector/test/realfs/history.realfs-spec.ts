import type { AuditPage, HistoryPage, HistorySessionResponse } from '@fscon/contracts';
import { digestFetch } from '../support/digest-client';
import { isEvent } from '../support/live-client';
import { eventually } from '../support/system';
import { adminClient } from './support/admin-client';
import { DEMO_CALLERS } from './support/demo-config';
import { control, exec } from './support/live-controls';
import { liveTestbed } from './support/live-testbed';
import { describeRealFs } from './support/realfs';

const TEAM = { user: 'defaultuser', password: 'napw' };
const FRIEND = { user: 'frienduser', password: 'pw21000' };

describeRealFs('real FreeSWITCH: conference history and audit', () => {
  const testbed = liveTestbed();
  const admin = adminClient(() => testbed.system);
  const getJson = async <T>(path: string, who = TEAM): Promise<T> => {
    const answer = await digestFetch(`${testbed.system.connector.url}${path}`, who);
    expect(answer.status).toBe(200);
    return JSON.parse(answer.body) as T;
  };

  it('keeps a team conference run: its members, its recording and its timeline, for the team only', async () => {
    const client = testbed.clients.team;
    const from = client.received.length;
    const members = [
      await testbed.callers.join('team', DEMO_CALLERS.moderator),
      await testbed.callers.join('team', DEMO_CALLERS.talker),
    ];
    await client.next((m) => m.event === 'newMember' && m.data.id === DEMO_CALLERS.talker.number, from);
    await client.next(isEvent('talking', 'team_g722'), from);
    const started = await control(client, exec('team_g722', 'startrec'), isEvent('recStart', 'team_g722'));
    const file = (started as { file?: string }).file;
    await control(client, exec('team_g722', 'stoprec'), isEvent('recStop', 'team_g722'));
    const left = client.received.length;
    for (const member of members) await testbed.callers.hangUp(member);
    await client.next(isEvent('delConference', 'team_g722'), left);

    const page = await eventually(async () => {
      const listed = await getJson<HistoryPage>('/api/history/conferences?name=team_g722');
      expect(listed.sessions[0]?.endedAt).toEqual(expect.any(String));
      return listed;
    });
    const [session] = page.sessions;
    expect(session).toMatchObject({
      conference: 'team_g722',
      context: 'team',
      peakMembers: 2,
      participants: 2,
      recordings: 1,
    });
    const { session: detail } = await getJson<HistorySessionResponse>(
      `/api/history/conferences/${encodeURIComponent(session!.session)}`,
    );
    expect(detail.members.map(({ name, number }) => [name, number])).toEqual([
      [DEMO_CALLERS.moderator.name, DEMO_CALLERS.moderator.number],
      [DEMO_CALLERS.talker.name, DEMO_CALLERS.talker.number],
    ]);
    expect(detail.members.every((member) => member.leftAt !== null)).toBe(true);
    // the parked moderator never talked; the tone talked from its first words to its hang-up
    const [silent, talker] = detail.members;
    expect(silent?.talkSeconds).toBe(0);
    expect(talker?.talkSeconds).toBeGreaterThan(0);
    expect(talker!.talkSeconds).toBeLessThanOrEqual(talker!.durationSeconds! + 1);
    expect(detail.recordingFiles).toEqual([
      { file, startedAt: expect.any(String), stoppedAt: expect.any(String) },
    ]);
    const kinds = detail.timeline.map((item) => item.kind);
    expect(kinds.filter((kind) => kind !== 'member.muted' && kind !== 'member.unmuted')).toEqual([
      'conference.created',
      'member.joined',
      'member.joined',
      'recording.started',
      'recording.stopped',
      'member.left',
      'member.left',
      'conference.ended',
    ]);
    const friends = await getJson<HistoryPage>('/fr/history/conferences?name=team_g722', FRIEND);
    expect(friends.total).toBe(0);
  });

  it('audits a user the real switch accepted, by the team user who added it, without secrets', async () => {
    const answer = await admin.writeUsers('add', [
      { name: 'audited', email: 'audited@example.org', context: 'team', password: 'secret-pw-1' },
    ]);
    expect(answer.failed).toEqual([]);
    const [added] = answer.done;

    const audit = await getJson<AuditPage>('/api/audit?kind=user.added');
    expect(audit.entries).toEqual([
      expect.objectContaining({
        actor: TEAM.user,
        kind: 'user.added',
        subject: added!.id,
        before: null,
        after: expect.objectContaining({ name: 'audited', email: 'audited@example.org' }),
        error: null,
      }),
    ]);
    expect(JSON.stringify(audit)).not.toContain('secret-pw-1');
  });
});
