import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODERATOR_CONTROLS } from '@fscon/live-state';
import { ENERGY_RESET, OWN_SETTINGS_CONTROLS } from './own-settings-key';

const ROOT = join(__dirname, '../../../../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const CONFERENCE_CONF = read('etc-freeswitch/autoload_configs/conference.conf.xml');

const attribute = (element: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(element)?.[1];

/** digits → control (`event <data>` or the action) of a caller-controls group, in file order. */
function xmlGroup(group: string): Array<[string, string]> {
  const body = new RegExp(`<group name="${group}">([\\s\\S]*?)</group>`).exec(CONFERENCE_CONF)?.[1] ?? '';
  return [...body.matchAll(/<control [^>]*\/>/g)].map(([element]) => {
    const action = attribute(element, 'action') ?? '';
    const data = attribute(element, 'data');
    return [attribute(element, 'digits') ?? '', data === undefined ? action : `${action} ${data}`];
  });
}

/** The table after `<!-- key-map: group -->` in a markdown file: keys → control, rows bound to none left out. */
function documentedGroup(file: string, group: string): Array<[string, string]> {
  const text = read(file);
  const start = text.indexOf(`<!-- key-map: ${group} -->`);
  const rows = text.slice(start).split('\n').slice(1);
  const table = rows.slice(rows.findIndex((row) => row.startsWith('|')));
  return table
    .slice(
      2,
      table.findIndex((row) => !row.startsWith('|')),
    )
    .map((row) => row.split('|').map((cell) => cell.trim().replace(/^`|`$/g, '')))
    .filter(([, , control]) => control !== 'none')
    .map(([, keys = '', control = '']) => [keys, control]);
}

const sorted = (pairs: Array<[string, string]>) => [...pairs].sort(([a], [b]) => a.localeCompare(b));

describe('the phone key map', () => {
  it.each([
    ['README.md', 'moderators'],
    ['README.md', 'default'],
    ['docs/live-protocol.md', 'moderators'],
  ])('%s documents the %s group exactly as conference.conf.xml binds it', (file, group) => {
    expect(sorted(documentedGroup(file, group))).toEqual(sorted(xmlGroup(group)));
  });

  it('binds every moderator control the connector carries out, and no other event', () => {
    const events = xmlGroup('moderators')
      .filter(([, control]) => control.startsWith('event '))
      .map(([, control]) => control.slice('event '.length));
    expect([...events].sort()).toEqual([...MODERATOR_CONTROLS, ...OWN_SETTINGS_CONTROLS].sort());
  });

  it("puts the second layer behind a 9 that is no control of its own, with the members' keys after it", () => {
    const moderators = new Map(xmlGroup('moderators'));
    const members = new Map(xmlGroup('default'));
    expect(moderators.has('9')).toBe(false);
    const secondLayer = [...moderators.keys()].filter((keys) => keys.length > 1);
    expect(secondLayer.every((keys) => keys.startsWith('9') && members.has(keys.slice(1)))).toBe(true);
    expect(secondLayer).toHaveLength(OWN_SETTINGS_CONTROLS.length);
  });
});

describe("the energy reset of the moderators' second layer", () => {
  it('is the energy-level every shipped profile sets', () => {
    const levels = [...CONFERENCE_CONF.matchAll(/<param name="energy-level" value="(\d+)"\/>/g)].map(
      ([, level]) => Number(level),
    );
    expect(levels.length).toBeGreaterThan(0);
    expect(new Set(levels)).toEqual(new Set([ENERGY_RESET]));
  });
});
