import { logIn } from './support/browser';
import { fakeLivePages, teamConference } from './support/fake-live';
import { eventually } from './support/system';

describe('web client: the member menu and the conference play and PIN controls', () => {
  const t = fakeLivePages();
  const card = () => t.page.getByRole('article', { name: /team_g722/ });
  const sent = () => t.live.current.received.slice(2);
  const focused = () => t.page.locator(':focus').innerText();
  beforeEach(async () => {
    await logIn(t.page, t.system.url, 'defaultuser', 'napw');
    await eventually(() => expect(t.live.current.received).toHaveLength(2));
    t.live.send({ event: 'reply', reply: 'init', data: [teamConference()], seq: 1 });
  });

  it('opens with the keyboard, moves with the arrow keys, Home and End, and closes with Escape', async () => {
    const button = card().getByRole('button', { name: 'Controls of bob' });
    await button.focus();
    await t.page.keyboard.press('ArrowDown');
    const menu = card().getByRole('menu', { name: 'Controls of bob' });
    await menu.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await eventually(async () => expect(await focused()).toBe('Unmute'));
    await t.page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Deafen');
    await t.page.keyboard.press('End');
    expect(await focused()).toBe('Kick…');
    await t.page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Unmute');
    await t.page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('Kick…');
    await t.page.keyboard.press('Home');
    expect(await focused()).toBe('Unmute');
    expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual([
      'Unmute',
      'Deafen',
      'Volume heard by the conference…',
      'Volume the member hears…',
      'Energy level…',
      'Transfer…',
      'Play a file…',
      'Kick…',
    ]);
    await t.page.keyboard.press('Escape');
    await eventually(async () => expect(await menu.count()).toBe(0));
    expect(await focused()).toBe('Controls');
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    await t.page.keyboard.press('Enter');
    await eventually(async () => expect(await focused()).toBe('Unmute'));
    await t.page.keyboard.press('ArrowDown');
    await t.page.keyboard.press('Enter');
    await eventually(() =>
      expect(sent()).toEqual([{ req: 'memexec', conference: 'team_g722', call: 'deaf', member: '2' }]),
    );
    t.live.send({ event: 'deaf', conference: 'team_g722', data: '2', seq: 2 });
    await card().getByText('Deaf', { exact: true }).waitFor();
    await button.click();
    await menu.getByRole('menuitem', { name: 'Undeafen' }).waitFor();
  });

  it('asks for the value of a level, the target of a transfer, the file to play, and asks before kicking', async () => {
    const choose = async (item: string) => {
      await card().getByRole('button', { name: 'Controls of bob' }).click();
      await card().getByRole('menu').getByRole('menuitem', { name: item }).click();
    };
    await choose('Volume heard by the conference…');
    const volume = t.page.getByRole('dialog', { name: 'Volume heard by the conference of bob' });
    await volume.getByLabel('Level (−4 to 4, 0 unchanged)').fill('2');
    await volume.getByRole('button', { name: 'Set' }).click();
    await choose('Volume the member hears…');
    await t.page
      .getByRole('dialog', { name: 'Volume the member hears of bob' })
      .getByRole('spinbutton')
      .fill('-3');
    await t.page.keyboard.press('Enter');
    await choose('Energy level…');
    await t.page.getByRole('dialog', { name: 'Energy level of bob' }).getByRole('spinbutton').fill('300');
    await t.page.keyboard.press('Enter');
    await choose('Transfer…');
    const transfer = t.page.getByRole('dialog', { name: 'Transfer bob' });
    const targets = await transfer
      .getByRole('combobox', { name: 'To conference' })
      .locator('option')
      .allInnerTexts();
    expect(targets).not.toContain('team_g722');
    expect(targets).toContain('friends_conf');
    await transfer.getByRole('combobox').selectOption('friends_conf');
    await transfer.getByRole('button', { name: 'Transfer' }).click();
    await choose('Play a file…');
    await t.page
      .getByRole('dialog', { name: 'Play a file to bob' })
      .getByRole('textbox')
      .fill('fscon/16000/all-muted.wav');
    await t.page.keyboard.press('Enter');
    await choose('Kick…');
    const kick = t.page.getByRole('dialog', { name: 'Kick bob' });
    await kick.getByRole('button', { name: 'Cancel' }).click();
    await choose('Kick…');
    await kick.getByRole('button', { name: 'Kick' }).click();

    const bob = { req: 'memexec', conference: 'team_g722', member: '2' };
    await eventually(() =>
      expect(sent()).toEqual([
        { ...bob, call: 'volume_in', value: 2 },
        { ...bob, call: 'volume_out', value: -3 },
        { ...bob, call: 'energy', value: 300 },
        { ...bob, call: 'transfer', target: 'friends_conf' },
        { ...bob, call: 'play', file: 'fscon/16000/all-muted.wav' },
        { ...bob, call: 'kick' },
      ]),
    );
  });

  it('plays a file into the conference, sets the PIN and removes it', async () => {
    const controls = card().getByRole('group', { name: 'Controls of team_g722' });
    await controls.getByRole('button', { name: 'Play a file…' }).click();
    await t.page
      .getByRole('dialog', { name: 'Play a file into team_g722' })
      .getByRole('textbox')
      .fill('fscon/16000/all-muted.wav');
    await t.page.keyboard.press('Enter');
    await controls.getByRole('button', { name: 'PIN…' }).click();
    const pin = t.page.getByRole('dialog', { name: 'PIN of team_g722' });
    await pin.getByRole('textbox').fill('4711');
    await pin.getByRole('button', { name: 'Set PIN' }).click();
    await controls.getByRole('button', { name: 'PIN…' }).click();
    await pin.getByRole('button', { name: 'Remove PIN' }).click();
    const exec = { req: 'exec', conference: 'team_g722' };
    await eventually(() =>
      expect(sent()).toEqual([
        { ...exec, call: 'play', file: 'fscon/16000/all-muted.wav' },
        { ...exec, call: 'pin', pin: '4711' },
        { ...exec, call: 'pin', pin: '' },
      ]),
    );
  });
});
