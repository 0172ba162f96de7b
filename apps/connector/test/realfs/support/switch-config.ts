import { XMLParser } from 'fast-xml-parser';
import {
  contextOfConferenceNumber,
  DEFAULT_CONTEXT_RANGES,
  type Conference,
  type Globals,
  type User,
} from '@fscon/contracts';
import type { RealFreeswitch } from '@fscon/real-freeswitch';

/**
 * FreeSWITCH's own view of its configuration, read with fast-xml-parser (not the connector's parser)
 * from the answers the connector reads too, and mapped as docs/http-api.md describes.
 */

type Element = { [name: string]: Element[] | string };

/** A user of the directory, with its domain, the group it sits in and the names of its variables in order. */
export interface SwitchUser {
  user: User;
  domain: string;
  group: string;
  variableNames: string[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
});

const children = (element: Element, name: string): Element[] => {
  const found = element[name];
  return Array.isArray(found) ? found : [];
};
const path = (roots: Element[], ...names: string[]): Element[] =>
  names.reduce((elements, name) => elements.flatMap((element) => children(element, name)), roots);
const attribute = (element: Element, name: string): string => {
  const value = element[name];
  return typeof value === 'string' ? value : '';
};
const valuesOf = (elements: Element[]): Record<string, string> =>
  Object.fromEntries(elements.map((element) => [attribute(element, 'name'), attribute(element, 'value')]));

const parse = (xml: string): Element[] => [parser.parse(xml) as Element];

function directoryUser(domain: Element, group: Element, element: Element): SwitchUser {
  const params = valuesOf(path([element], 'params', 'param'));
  const variableElements = path([element], 'variables', 'variable');
  const variables = valuesOf(variableElements);
  const user: User = {
    id: attribute(element, 'id'),
    password: params.password ?? '',
    conpin: variables.conpin ?? '',
    context: variables.user_context as User['context'],
    name: variables.effective_caller_id_name ?? '',
    email: variables.verto_dvar_email ?? '',
    polymac: variables.polymac ?? '',
  };
  return {
    user,
    domain: attribute(domain, 'name'),
    group: attribute(group, 'name'),
    variableNames: variableElements.map((variable) => attribute(variable, 'name')),
  };
}

/** Every user of every group of every domain in `xml_locate directory`. */
export async function switchDirectory(freeswitch: RealFreeswitch): Promise<SwitchUser[]> {
  const domains = path(parse(await freeswitch.api('xml_locate directory')), 'section', 'domain');
  return domains.flatMap((domain) =>
    path([domain], 'groups', 'group').flatMap((group) =>
      path([group], 'users', 'user').map((element) => directoryUser(domain, group, element)),
    ),
  );
}

export async function switchUsers(freeswitch: RealFreeswitch): Promise<User[]> {
  return (await switchDirectory(freeswitch)).map(({ user }) => user);
}

/** Every extension with exactly one `conference` action: its number, name and conference profile. */
export async function dialplanConferences(freeswitch: RealFreeswitch): Promise<Conference[]> {
  const sections = path(parse(await freeswitch.api('xml_locate dialplan')), 'section');
  return path(sections, 'context', 'extension').flatMap((extension) => {
    const actions = path([extension], 'condition').flatMap((condition) =>
      path([condition], 'action')
        .filter((action) => attribute(action, 'application') === 'conference')
        .map((action) => ({ num: attribute(condition, 'expression'), data: attribute(action, 'data') })),
    );
    if (actions.length !== 1) return [];
    const [{ num, data }] = actions;
    const context = contextOfConferenceNumber(num, DEFAULT_CONTEXT_RANGES);
    if (context === undefined) throw new Error(`conference number ${num} is in no context's range`);
    const type = /@([^+]*)/.exec(data)?.[1] ?? '';
    return [{ num, name: attribute(extension, 'name'), type, context }];
  });
}

export async function switchConferenceTypes(freeswitch: RealFreeswitch): Promise<string[]> {
  const answer = await freeswitch.api('xml_locate configuration configuration name conference.conf');
  const profiles = path(parse(answer), 'configuration', 'profiles', 'profile');
  return profiles.map((profile) => attribute(profile, 'name'));
}

/** Every `name=value` line of `global_getvar`. */
export async function switchGlobals(freeswitch: RealFreeswitch): Promise<Globals> {
  const lines = (await freeswitch.api('global_getvar')).split('\n');
  return Object.fromEntries(
    lines
      .filter((line) => line.indexOf('=') > 0)
      .map((line) => {
        const eq = line.indexOf('=');
        return [line.slice(0, eq), line.slice(eq + 1)];
      }),
  );
}
