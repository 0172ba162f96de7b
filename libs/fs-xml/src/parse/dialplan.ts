import { contextOfConferenceNumber, type Conference, type ContextRanges } from '@fscon/contracts';
import type { ParseResult } from './parse-result';
import { findSection } from './section';
import { childrenNamed, type XmlElement } from './xml-element';
import { readXml } from './xml-reader';

/**
 * The conferences of an `xml_locate dialplan` answer, in document order, from every context.
 * An extension is a conference when exactly one action of its conditions runs the `conference`
 * application; other extensions are not conferences and pass silently.
 * Throws XmlParseError when the answer is not well-formed XML.
 */
export function parseDialplan(xml: string, ranges: ContextRanges): ParseResult<Conference[]> {
  const warnings: string[] = [];
  const section = findSection(readXml(xml), 'dialplan', warnings);
  const conferences: Conference[] = [];
  const nums = new Set<string>();
  for (const context of childrenNamed(section, 'context')) {
    const where = `context "${context.attributes.name ?? ''}"`;
    for (const extension of childrenNamed(context, 'extension')) {
      const conference = toConference(extension, where, ranges, warnings);
      if (!conference) continue;
      if (nums.has(conference.num)) {
        warnings.push(
          `conference ${conference.num} (extension "${conference.name}", ${where}) is defined again; the first one is kept`,
        );
      } else {
        nums.add(conference.num);
        conferences.push(conference);
      }
    }
  }
  return { value: conferences, warnings };
}

interface ConferenceAction {
  condition: XmlElement;
  action: XmlElement;
}

/** The `conference` actions of an extension (or of a condition, for nested conditions). */
function conferenceActions(parent: XmlElement): ConferenceAction[] {
  return childrenNamed(parent, 'condition').flatMap((condition) => [
    ...childrenNamed(condition, 'action')
      .filter((action) => action.attributes.application?.toLowerCase() === 'conference')
      .map((action) => ({ condition, action })),
    ...conferenceActions(condition),
  ]);
}

function toConference(
  extension: XmlElement,
  where: string,
  ranges: ContextRanges,
  warnings: string[],
): Conference | undefined {
  const found = conferenceActions(extension);
  if (found.length === 0) return undefined;
  const name = extension.attributes.name;
  const label = `extension "${name ?? ''}" (${where})`;
  const skip = (reason: string): undefined => {
    warnings.push(`${label} ${reason} and was skipped`);
    return undefined;
  };
  if (found.length > 1) return skip(`has ${found.length} conference actions`);
  if (!name) return skip('has no name');
  const [{ condition, action }] = found;
  const expression = condition.attributes.expression;
  const num = conferenceNumber(expression);
  if (num === undefined) return skip(`matches "${expression ?? ''}", which is not a conference number`);
  const data = action.attributes.data ?? '';
  const type = profileOf(data);
  if (type === undefined) return skip(`runs conference "${data}", which names no profile (NAME@PROFILE)`);
  const context = contextOfConferenceNumber(num, ranges);
  if (context === undefined) return skip(`has number ${num}, which is in no context's conference range`);
  return { num, name, type, context };
}

/** `30000`, or the anchored `^30000$`: the digits; any other expression is no conference number. */
function conferenceNumber(expression: string | undefined): string | undefined {
  return /^\^?(\d+)\$?$/.exec(expression ?? '')?.[1];
}

/** The profile of `NAME@PROFILE+PIN++flags{…}`: between the first `@` and the first `+` after it. */
function profileOf(data: string): string | undefined {
  const at = data.indexOf('@');
  const profile = at === -1 ? '' : data.slice(at + 1).split('+', 1)[0];
  return profile === '' ? undefined : profile;
}
