import { decodeEntities } from '../parse/xml-entities';
import { SET_LINE } from './set-switch-vars';

/**
 * The globals a vars.xml sets, as FreeSWITCH uses them where the configuration pastes them into an
 * attribute: character references decoded. A value that refers to another variable (`$${...}`) is kept
 * as written, and so is one whose references do not decode. A later line wins, as in FreeSWITCH.
 */
export function readSwitchVars(varsXml: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [, name, written] of varsXml.matchAll(SET_LINE)) values[name!] = decoded(written!);
  return values;
}

function decoded(written: string): string {
  try {
    return decodeEntities(written);
  } catch {
    return written;
  }
}
