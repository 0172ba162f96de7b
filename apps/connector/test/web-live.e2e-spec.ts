import { LiveTokens } from '../src/session/live-tokens';
import { logIn } from './support/browser';
import { CY, fakeLivePages, teamConference } from './support/fake-live';
import { eventually } from './support/system';

describe('web client: live conferences', () => {
  const t = fakeLivePages();
  const card = () => t.page.getByRole('article', { name: /team_g722/ });
  const announced = () => t.page.getByRole('status', { name: 'Conference announcements' }).innerText();

  it('opens the socket with a single-use token, takes the snapshot and applies deltas in sequence', async () => {
    await logIn(t.page, t.system.url, 'defaultuser', 'napw');
    await eventually(() => expect(t.live.current.received).toEqual([{ req: 'init' }, { req: 'initreg' }]));
    expect(t.live.current.user?.name).toBe('defaultuser');
    expect(t.system.app.get(LiveTokens).redeem(t.live.current.token)).toBeUndefined();
    t.live.send({ event: 'newMember', conference: 'team_g722', data: CY, seq: 6 });
    t.live.send({ event: 'reply', reply: 'init', data: [teamConference()], seq: 5 });
    t.live.send({
      event: 'reply',
      reply: 'initreg',
      data: [{ id: '20001', regid: 'a1', sipcon: '10.1.1.1:5060' }],
    });

    await t.page.getByTestId('connection-state').getByText('Connected').waitFor();
    const members = card().getByRole('list', { name: 'Members of team_g722' });
    await eventually(async () =>
      expect(await members.getByRole('listitem').allInnerTexts()).toEqual([
        expect.stringMatching(/^ann \(20000\)\s+Can speak\s+Has the floor/),
        expect.stringMatching(/^bob \(20001\)\s+Muted/),
        expect.stringMatching(/^teamuser2 \(20001\)\s+Can speak/),
      ]),
    );
    await t.page
      .getByRole('region', { name: /Online/ })
      .getByText('teamuser2')
      .waitFor();

    t.live.send({ event: 'delMember', conference: 'team_g722', data: '3', seq: 7 });
    t.live.send({ event: 'delMember', conference: 'team_g722', data: '3', seq: 7 });
    t.live.send({ event: 'mute', conference: 'nowhere', data: '9', seq: 8 });
    t.live.send({ event: 'newMember', conference: 'nowhere', data: CY, seq: 9 });
    await eventually(async () => expect(await announced()).toBe('teamuser2 left team_g722'));
    expect(await members.getByRole('listitem').count()).toBe(2);
    await card().getByText('Last left').waitFor();
    expect(await card().locator('dd').allInnerTexts()).toContain('teamuser2 (20001)');

    // talking shows as a badge with its word, and is not announced
    t.live.send({ event: 'talking', conference: 'team_g722', data: '1', seq: 10 });
    const ann = members.getByRole('listitem').filter({ hasText: 'ann' });
    await ann.getByText('Talking', { exact: true }).waitFor();
    t.live.send({ event: 'stoptalking', conference: 'team_g722', data: '1', seq: 11 });
    await ann.getByText('Talking', { exact: true }).waitFor({ state: 'detached' });
    expect(await announced()).toBe('teamuser2 left team_g722');
  });

  it('sends the controls, asks before kicking, and shows what the server reports', async () => {
    await logIn(t.page, t.system.url, 'defaultuser', 'napw');
    await eventually(() => expect(t.live.current.received).toHaveLength(2));
    t.live.send({ event: 'reply', reply: 'init', data: [teamConference()], seq: 1 });
    const sent = () => t.live.current.received.slice(2);

    await card().getByRole('button', { name: 'Lock' }).click();
    await eventually(() => expect(sent()).toEqual([{ req: 'exec', conference: 'team_g722', call: 'lock' }]));
    t.live.send({ event: 'lock', conference: 'team_g722', seq: 2 });
    await card().getByText('Locked').waitFor();
    await card().getByRole('button', { name: 'Unlock' }).waitFor();

    await card().getByRole('button', { name: 'Unmute bob' }).click();
    await card().getByRole('button', { name: 'Kick bob' }).click();
    await t.page
      .getByRole('dialog', { name: 'Remove bob from team_g722?' })
      .getByRole('button', { name: 'Kick' })
      .click();
    await card().getByRole('button', { name: 'Start recording' }).click();
    await eventually(() =>
      expect(sent().slice(1)).toEqual([
        { req: 'memexec', conference: 'team_g722', call: 'unmute', member: '2' },
        { req: 'memexec', conference: 'team_g722', call: 'kick', member: '2' },
        { req: 'exec', conference: 'team_g722', call: 'startrec' },
      ]),
    );
    t.live.send({ event: 'recStart', conference: 'team_g722', file: '/recordings/team_g722-x.wav', seq: 3 });
    await card().getByText('team_g722-x.wav').waitFor();
    await card().getByRole('button', { name: 'Pause recording' }).waitFor();
    await eventually(async () => expect(await announced()).toBe('Recording started in team_g722'));

    t.live.send({ event: 'error', error: 'Member 2 not found', code: 'LIVE.FREESWITCH_FAILED' });
    const alert = t.page.getByRole('alert').filter({ hasText: 'Member 2 not found' });
    await alert.waitFor();
    await alert.getByRole('button', { name: 'Dismiss: Member 2 not found' }).click();
    await eventually(async () => expect(await alert.count()).toBe(0));
  });

  it('reconnects with a new token and resumes from the last seq', async () => {
    await logIn(t.page, t.system.url, 'frienduser', 'pw21000');
    await eventually(() => expect(t.live.current.received).toHaveLength(2));
    t.live.send({ event: 'reply', reply: 'init', data: [], seq: 41 });
    t.live.send({ event: 'newXML', seq: 42 });
    await t.live.current.route.close();
    await t.page.getByTestId('connection-state').getByText('Reconnecting…').waitFor();
    await eventually(() => expect(t.live.sockets).toHaveLength(2));
    await eventually(() =>
      expect(t.live.current.received).toEqual([{ req: 'init', since: 42 }, { req: 'initreg' }]),
    );
    expect(t.live.sockets.map((socket) => socket.user?.name)).toEqual(['frienduser', 'frienduser']);
    await t.page.getByTestId('connection-state').getByText('Connected').waitFor();
  });

  it('gives the public no controls', async () => {
    await logIn(t.page, t.system.url, 'publicuser', 'pw22000');
    await eventually(() => expect(t.live.current.received).toHaveLength(2));
    t.live.send({ event: 'reply', reply: 'init', data: [{ ...teamConference(), context: 'public' }] });
    await card().getByRole('list', { name: 'Members of team_g722' }).getByText('bob').waitFor();
    expect(
      await card()
        .getByRole('button', { name: /Lock|Mute|Kick|recording/ })
        .count(),
    ).toBe(0);
  });
});
