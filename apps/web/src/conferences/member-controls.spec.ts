import type { LiveMember } from '@fscon/contracts';
import type { FieldRequest } from '../ui/FieldDialog';
import { memberMenuItems } from './member-controls';

const BOB: LiveMember = {
  name: 'bob',
  id: '20001',
  confid: '2',
  mute: true,
  talking: false,
  deaf: false,
  volume_in: 1,
  volume_out: 0,
  energy: 200,
};

function menu(targets: string[], member: LiveMember = BOB) {
  const sent: unknown[] = [];
  const asked: FieldRequest[] = [];
  const items = memberMenuItems({
    member,
    name: 'bob',
    conference: 'team_g722',
    targets,
    memexec: (call, confid, fields) => sent.push({ call, confid, ...fields }),
    ask: (request) => asked.push(request),
  });
  const select = (label: string) => items.find((item) => item.label === label)!.onSelect();
  return { items, sent, asked, select };
}

describe('memberMenuItems', () => {
  it('offers the toggles that fit the member, and transfer only to other conferences', () => {
    const { items } = menu(['team_g722', 'friends_conf']);
    expect(items.map((item) => item.label)).toEqual([
      'Unmute',
      'Deafen',
      'Volume heard by the conference…',
      'Volume the member hears…',
      'Energy level…',
      'Transfer…',
      'Play a file…',
      'Kick…',
    ]);
    expect(menu(['team_g722']).items.map((item) => item.label)).not.toContain('Transfer…');
    expect(
      menu([], { ...BOB, mute: false, deaf: true })
        .items.slice(0, 2)
        .map((i) => i.label),
    ).toEqual(['Mute', 'Undeafen']);
  });

  it('sends toggles at once, and the others with the value the dialog gave', () => {
    const { sent, asked, select } = menu(['team_g722', 'friends_conf']);
    select('Unmute');
    select('Volume heard by the conference…');
    expect(asked[0]?.field).toEqual({ kind: 'number', min: -4, max: 4, initial: 1 });
    asked[0]?.onSubmit('-2');
    select('Transfer…');
    expect(asked[1]?.field).toEqual({ kind: 'select', options: ['friends_conf'] });
    asked[1]?.onSubmit('friends_conf');
    select('Kick…');
    expect(asked[2]?.field).toBeUndefined();
    asked[2]?.onSubmit('');
    expect(sent).toEqual([
      { call: 'unmute', confid: '2' },
      { call: 'volume_in', confid: '2', value: -2 },
      { call: 'transfer', confid: '2', target: 'friends_conf' },
      { call: 'kick', confid: '2' },
    ]);
  });
});
