import { CONTEXTS } from '@fscon/contracts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderLinphone } from './linphone';
import type { PhoneInput } from './phone-input';
import { renderPolycomAllprov, renderPolycomDirectory, renderPolycomMaster } from './polycom';
import { createProvisioningRenderer } from './renderer';
import { loadProvisioningTemplates } from './template-files';
import {
  HOSTILE_NAME,
  HOSTILE_PASSWORD,
  SAMPLE_CONFERENCES,
  SAMPLE_DOMAIN,
  SAMPLE_PROVISIONING_URL,
  SAMPLE_TLS_PORT,
  sampleUser,
} from './test-support/sample-state';
import { expectWellFormedXml } from './test-support/xml-checks';

/*
 * Golden files: the expected output of every template, checked in. After an intended change to a
 * template, regenerate them with `UPDATE_GOLDEN=1 npx jest libs/provisioning` and review the diff.
 */
const GOLDEN_DIR = join(__dirname, '__golden__');
const renderer = createProvisioningRenderer(
  loadProvisioningTemplates((file) => readFileSync(join(__dirname, '..', 'templates', file), 'utf8')),
);

function expectGolden(name: string, content: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, content);
  }
  if (!existsSync(file)) throw new Error(`golden file ${name} is missing; see the comment above`);
  expect(content).toBe(readFileSync(file, 'utf8'));
}

function inputFor(user: PhoneInput['user']): PhoneInput {
  return {
    user,
    conferences: SAMPLE_CONFERENCES,
    domain: SAMPLE_DOMAIN,
    tlsPort: SAMPLE_TLS_PORT,
    provisioningUrl: SAMPLE_PROVISIONING_URL,
  };
}

const USER_ADDED_DIRECTORY = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<directory>
 <item_list>
  <item><ln>Doe</ln><fn>John &amp; Jane</fn><ct>1001</ct><sd>1</sd><rt>1</rt><dc/><ad>0</ad><ar>0</ar><bw>0</bw><bb>0</bb></item>
  <item server="yes"><fn>gone_conf</fn><ln>16kHz-novideo</ln><ct>30999</ct></item>
  <item><fn>friends_conf</fn><ln>16kHz-novideo</ln><ct>31000</ct></item>
  <item><fn>Mum</fn><ct>0815</ct></item>
 </item_list>
</directory>
`;

describe('provisioning templates against golden files', () => {
  describe.each(CONTEXTS)('a %s user', (context) => {
    const input = inputFor(sampleUser(context));

    it.each([
      ['linphone.xml', () => renderLinphone(renderer, input)],
      ['master.cfg', () => renderPolycomMaster(renderer, input)],
      ['allprov.cfg', () => renderPolycomAllprov(renderer, input)],
      ['directory.xml', () => renderPolycomDirectory(renderer, input)],
    ])('%s', (name, render) => {
      const content = render();
      expectWellFormedXml(content);
      expectGolden(`${context}-${name}`, content);
    });
  });

  it('a directory merged with the items the user added on the phone', () => {
    const content = renderPolycomDirectory(renderer, inputFor(sampleUser('friends')), USER_ADDED_DIRECTORY);
    expectWellFormedXml(content);
    expectGolden('friends-directory-merged.xml', content);
  });

  describe('a user with hostile values', () => {
    const user = sampleUser('public', { name: HOSTILE_NAME, password: HOSTILE_PASSWORD });
    const conferences = [{ num: '32002', name: '</fn><x>', type: `a"b'c`, context: 'public' as const }];
    const input = { ...inputFor(user), conferences };

    it.each([
      ['linphone.xml', () => renderLinphone(renderer, input)],
      ['allprov.cfg', () => renderPolycomAllprov(renderer, input)],
      ['directory.xml', () => renderPolycomDirectory(renderer, input)],
    ])('%s', (name, render) => {
      const content = render();
      expectWellFormedXml(content);
      expectGolden(`hostile-${name}`, content);
    });
  });
});
