import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { createConfWorkspace, REPO_ROOT } from '../apps/demo/src/conf-workspace';
import type { XmlElement } from '../libs/fs-xml/src/parse/xml-element';
import { readXml } from '../libs/fs-xml/src/parse/xml-reader';
import { fromBinary } from '../libs/fs-simulator/src/config/binary';
import { GlobalVariables } from '../libs/fs-simulator/src/config/global-variables';
import { toXml } from '../libs/fs-simulator/src/config/toxml';
import { XmlConfig } from '../libs/fs-simulator/src/config/xml-config';
import { XMLValidator } from 'fast-xml-parser';
import { collectHarnessGarbage } from './support/harness-gc';
import { fastXmlParser, fastXmlParserTree } from '../libs/fs-xml/src/test-support/fast-xml-parser-tree';
import { writeLargeConfiguration } from './support/large-configuration';
import { ms, summarize } from './support/stats';

const USERS = 3000;
const RUNS = 30;
/** A real FreeSWITCH's `xml_locate directory` with a user whose values hold every character and `<!`. */
const CAPTURED = join(REPO_ROOT, 'fixtures', 'fs-captures', 'roundtrip', 'xml_locate_directory.xml');

/** Values as FreeSWITCH writes them after a `<!`: verbatim, line breaks as stored. */
const WRITTEN_VALUES = ['a<!\nb\r\n\tc', 'a<!\rb', 'a<!&lt;b'];

/** `xml_locate directory` as the simulator answers it, on etc-freeswitch with `users` more users. */
function largeDirectory(users: number): string {
  const workspace = createConfWorkspace([]);
  try {
    writeLargeConfiguration(workspace.confDir, users, 0);
    const directory = XmlConfig.load(workspace.confDir, new GlobalVariables()).locate('directory');
    if (!directory) throw new Error('xmlparse: the configuration has no directory section');
    return fromBinary(toXml(directory));
  } finally {
    workspace.remove();
  }
}

/** Parse times of both readers, taken in turn so that the machine's load falls on both alike. */
function parseTimes(xml: string): { fsXml: number[]; fastXmlParser: number[] } {
  const times = { fsXml: [] as number[], fastXmlParser: [] as number[] };
  const timed = (parse: () => unknown): number => {
    collectHarnessGarbage();
    const start = performance.now();
    parse();
    return performance.now() - start;
  };
  for (let run = 0; run < RUNS; run++) {
    times.fsXml.push(timed(() => readXml(xml)));
    times.fastXmlParser.push(timed(() => fastXmlParser.parse(xml)));
  }
  return times;
}

/** Where `other` differs from `reference`: attribute values, and elements one has and the other not. */
function differences(reference: XmlElement, other: XmlElement): string[] {
  const label = reference.attributes.name ?? reference.name;
  const found = Object.entries(reference.attributes)
    .filter(([name, value]) => other.attributes[name] !== value)
    .map(
      ([name, value]) =>
        `${label} ${name}: ${JSON.stringify(other.attributes[name])} for ${JSON.stringify(value)}`,
    );
  const count = Math.max(reference.children.length, other.children.length);
  for (let i = 0; i < count; i++) {
    const [ours, theirs] = [reference.children[i], other.children[i]];
    if (ours && theirs && ours.name === theirs.name) found.push(...differences(ours, theirs));
    else found.push(`in ${label}: <${theirs?.name ?? 'nothing'}> for <${ours?.name ?? 'nothing'}>`);
  }
  return found;
}

/**
 * libs/fs-xml's reader against fast-xml-parser: parse time of a 3,000-user `xml_locate directory`
 * (median of 30 each), whether both read it alike, and how each reads what a real FreeSWITCH wrote.
 */
export function xmlParseBenchmark(): Promise<void> {
  const xml = largeDirectory(USERS);
  console.log(
    `xmlparse: xml_locate directory with ${USERS} more users (${(xml.length / 1e6).toFixed(1)} MB), ${RUNS} parses each`,
  );
  const times = parseTimes(xml);
  for (const [name, samples] of Object.entries({
    'libs/fs-xml readXml': times.fsXml,
    'fast-xml-parser': times.fastXmlParser,
  })) {
    const { median, min, max } = summarize(samples);
    console.log(`  ${name.padEnd(20)} median ${ms(median)}  min ${ms(min)}  max ${ms(max)}`);
  }
  const same = isDeepStrictEqual(readXml(xml), fastXmlParserTree(xml));
  console.log(`  same element tree on it: ${same ? 'yes' : 'no'}`);

  const captured = readFileSync(CAPTURED, 'utf8');
  const valid = XMLValidator.validate(captured);
  const verdict = valid === true ? 'valid' : `invalid (line ${valid.err.line}: ${valid.err.msg})`;
  console.log(
    `  a real FreeSWITCH's directory with "<!" values: fast-xml-parser's validator calls it ${verdict}`,
  );
  const wrong = differences(readXml(captured), fastXmlParserTree(captured));
  console.log(
    `  a real FreeSWITCH's directory with "<!" values: its parser reads ${wrong.length} things otherwise`,
  );
  for (const line of wrong) console.log(`    ${line}`);
  for (const written of WRITTEN_VALUES) {
    const xml = `<variable value="${written}"/>`;
    const [ours, theirs] = [readXml(xml), fastXmlParserTree(xml)].map(({ attributes }) => attributes.value);
    console.log(
      `  value="${JSON.stringify(written).slice(1, -1)}": fs-xml ${JSON.stringify(ours)}, fast-xml-parser ${JSON.stringify(theirs)}`,
    );
  }
  return Promise.resolve();
}
