import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProvisioningError } from './provisioning-error';
import { createProvisioningRenderer } from './renderer';
import { loadProvisioningTemplates, PROVISIONING_TEMPLATE_FILES } from './template-files';
import { sipQuoted, xmlLine } from './xml-text';

const templates = loadProvisioningTemplates((file) =>
  readFileSync(join(__dirname, '..', 'templates', file), 'utf8'),
);

/** Templates that only echo a value, into an element and into an attribute. */
function probeRenderer() {
  return createProvisioningRenderer({
    ...templates,
    [PROVISIONING_TEMPLATE_FILES.polycomMaster]: '<a b="{{ value }}">{{ value }}</a>',
    [PROVISIONING_TEMPLATE_FILES.linphone]: '<a>{{ value | sipQuoted }}</a>',
  });
}

describe('createProvisioningRenderer', () => {
  it('reads every template file under its listed name', () => {
    expect(Object.keys(templates).sort()).toEqual(Object.values(PROVISIONING_TEMPLATE_FILES).sort());
  });

  it('refuses a template set with a template missing, naming it', () => {
    const { [PROVISIONING_TEMPLATE_FILES.polycomAllprov]: _left, ...rest } = templates;
    expect(() => createProvisioningRenderer(rest)).toThrow(ProvisioningError);
    expect(() => createProvisioningRenderer(rest)).toThrow(/polycom\/allprov\.cfg\.njk/);
  });

  it('escapes markup and both quote characters, so values cannot leave an attribute', () => {
    expect(probeRenderer().render('polycomMaster', { value: `"/><x a='1'>&` })).toBe(
      '<a b="&quot;/&gt;&lt;x a=&#39;1&#39;&gt;&amp;">&quot;/&gt;&lt;x a=&#39;1&#39;&gt;&amp;</a>',
    );
  });

  it('escapes what a filter returns', () => {
    expect(probeRenderer().render('linphone', { value: 'a"<b>' })).toBe('<a>a&#92;&quot;&lt;b&gt;</a>');
  });

  it('drops characters XML cannot carry, deep inside the view too', () => {
    expect(probeRenderer().render('polycomMaster', { value: 'a\u0000b\u001bc\uFFFEd' })).toBe(
      '<a b="abcd">abcd</a>',
    );
  });

  it('fails on a value the template needs but the view lacks', () => {
    expect(() => probeRenderer().render('polycomMaster', {})).toThrow(/undefined/);
  });
});

describe('xmlLine', () => {
  it('turns tabs and line breaks into spaces, keeps characters beyond the BMP, drops the rest XML cannot carry', () => {
    expect(xmlLine('a\tb\nc\r\nd 😀\u0001\uD800\uFFFF')).toBe('a b c  d 😀');
  });
});

describe('sipQuoted', () => {
  it('escapes backslashes and quotes', () => {
    expect(sipQuoted('a\\b"c')).toBe('a\\\\b\\"c');
  });
});
