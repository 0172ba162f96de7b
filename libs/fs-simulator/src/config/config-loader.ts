import { join } from 'node:path';
import { GlobalVariables } from './global-variables';
import { Preprocessor } from './preprocessor';
import { parseXml } from './xml-parser';
import { XmlElement } from './xml-element';

export type ConfigLoad = { ok: true; root: XmlElement } | { ok: false; error: string };

export const ROOT_FILE = 'freeswitch.xml';
const CANNOT_OPEN = 'Cannot Open log directory or XML Root!';

/**
 * Reads `<confDir>/freeswitch.xml` the way switch_xml_open_root does: preprocess (which sets global
 * variables as it goes, even when the result then fails to parse), parse, and report FreeSWITCH's error.
 */
export function loadConfig(
  confDir: string,
  variables: GlobalVariables,
  env: Readonly<Record<string, string | undefined>> = {},
): ConfigLoad {
  const text = new Preprocessor(variables, env).run(confDir, join(confDir, ROOT_FILE));
  if (!text) return { ok: false, error: CANNOT_OPEN };
  const parsed = parseXml(text);
  return parsed.ok ? { ok: true, root: parsed.root } : { ok: false, error: parsed.error };
}

/** switch_xml_locate on the loaded root: the section, or the first `tag` in it whose `attr` is `value`. */
export function locateSection(
  root: XmlElement,
  section: string,
  tag?: string,
  attr?: string,
  value?: string,
): XmlElement | undefined {
  return root.findChild('section', 'name', section)?.findChild(tag, attr, value);
}
