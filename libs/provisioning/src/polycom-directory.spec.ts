import type { Conference } from '@fscon/contracts';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPolycomDirectory } from './polycom';
import { keptUserItems } from './polycom-directory';
import { createProvisioningRenderer } from './renderer';
import { loadProvisioningTemplates } from './template-files';
import { SAMPLE_CONFERENCES, sampleUser } from './test-support/sample-state';
import { expectWellFormedXml, polycomDirectoryItems } from './test-support/xml-checks';
import { xmlLine } from './xml-text';

const renderer = createProvisioningRenderer(
  loadProvisioningTemplates((file) => readFileSync(join(__dirname, '..', 'templates', file), 'utf8')),
);
const friend = sampleUser('friends');
const render = (conferences: readonly Conference[], existing?: string) =>
  renderPolycomDirectory(renderer, { user: friend, conferences }, existing);
const directory = (items: string) =>
  `<?xml version="1.0"?><directory><item_list>${items}</item_list></directory>`;

describe('renderPolycomDirectory', () => {
  it('lists the visible conferences as marked server items when the phone has no directory yet', () => {
    for (const existing of [undefined, '', '  \n']) {
      expect(polycomDirectoryItems(render(SAMPLE_CONFERENCES, existing))).toEqual([
        { server: 'yes', fn: 'friends_conf', ln: '16kHz-novideo', ct: '31000' },
        { server: 'yes', fn: 'friends_late', ln: '48kHz-novideo', ct: '31001' },
        { server: 'yes', fn: 'public_conf', ln: '48kHz-video', ct: '32000' },
        { server: 'yes', fn: 'public_lobby', ln: '16kHz-novideo', ct: '32001' },
      ]);
    }
  });

  it('keeps what the user added and replaces the server items with the current conferences', () => {
    const before = render(
      SAMPLE_CONFERENCES,
      directory('<item><fn>Ann &lt;3</fn><ct>0815</ct><sd>2</sd></item>'),
    );
    const onlyLobby = SAMPLE_CONFERENCES.filter((conference) => conference.num === '32001');
    const after = polycomDirectoryItems(render(onlyLobby, before));
    expect(after).toEqual([
      { fn: 'Ann <3', ct: '0815', sd: '2' },
      { server: 'yes', fn: 'public_lobby', ln: '16kHz-novideo', ct: '32001' },
    ]);
  });

  it('keeps every user item and gives the same file when rendered again over its own output', () => {
    const field = fc.record({
      name: fc.constantFrom('fn', 'ln', 'ct', 'sd', 'lb', 'dc'),
      value: fc.string({ unit: 'binary', maxLength: 12 }),
    });
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { maxLength: 4 }), (items) => {
        const phoneFile = directory(
          items
            .map(
              (fields) =>
                `<item>${fields.map((f) => `<${f.name}>${escape(f.value)}</${f.name}>`).join('')}</item>`,
            )
            .join(''),
        );
        const once = render(SAMPLE_CONFERENCES, phoneFile);
        expectWellFormedXml(once);
        const userItems = polycomDirectoryItems(once).filter((item) => item.server === undefined);
        const callsServerItem = (fields: { name: string; value: string }[]) =>
          fields.some(
            (f) => f.name === 'ct' && ['31000', '31001', '32000', '32001'].includes(xmlLine(f.value).trim()),
          );
        expect(userItems).toHaveLength(items.filter((fields) => !callsServerItem(fields)).length);
        expect(render(SAMPLE_CONFERENCES, once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('keptUserItems', () => {
  const visible = SAMPLE_CONFERENCES.filter((conference) => conference.context !== 'team');

  it('keeps every field of a user item in order, repeated ones too, with entities decoded', () => {
    const xml = directory(
      '<item><ln>Doe</ln><fn>J &amp; J &#39;x&#39;</fn><ct>1001</ct><ct>1002</ct><dc/><rt lang="x">3</rt></item>',
    );
    expect(keptUserItems(xml, visible)).toEqual([
      {
        fields: [
          { name: 'ln', value: 'Doe' },
          { name: 'fn', value: "J & J 'x'" },
          { name: 'ct', value: '1001' },
          { name: 'ct', value: '1002' },
          { name: 'dc', value: '' },
          { name: 'rt', value: '3' },
        ],
      },
    ]);
  });

  it('drops items marked as server items, whatever the quoting of the mark', () => {
    const xml = directory(
      `<item server='yes'><fn>old</fn><ct>39999</ct></item><item server="1"><ct>1</ct></item>`,
    );
    expect(keptUserItems(xml, visible)).toEqual([]);
  });

  it('drops unmarked items calling a conference the server lists, keeps those calling others', () => {
    const xml = directory(
      '<item><fn>mine</fn><ct>31000</ct></item><item><ct>\t32000\u0001</ct></item>' +
        '<item><fn>team one</fn><ct>30000</ct></item>',
    );
    expect(keptUserItems(xml, visible)).toEqual([
      {
        fields: [
          { name: 'fn', value: 'team one' },
          { name: 'ct', value: '30000' },
        ],
      },
    ]);
  });

  it('drops nested elements and items left empty', () => {
    const xml = directory('<item><fn>a</fn><x><y>1</y></x></item><item><x><y>2</y></x></item>');
    expect(keptUserItems(xml, visible)).toEqual([{ fields: [{ name: 'fn', value: 'a' }] }]);
  });

  it('finds no items in a directory without an item list', () => {
    expect(keptUserItems('<directory/>', visible)).toEqual([]);
    expect(keptUserItems('<directory><item_list/></directory>', visible)).toEqual([]);
  });

  it.each([
    ['not XML', '<directory><item_list><item>'],
    ['another document', '<PHONE_CONFIG/>'],
    ['a document type declaration', '<!DOCTYPE d [<!ENTITY e "x">]><directory/>'],
  ])('refuses %s, so the phone file is not overwritten', (_what, xml) => {
    expect(() => keptUserItems(xml, visible)).toThrow(
      expect.objectContaining({ code: 'PROVISIONING.DIRECTORY_UNREADABLE' }),
    );
  });
});
