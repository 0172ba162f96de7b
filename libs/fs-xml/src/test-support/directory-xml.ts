import type { User } from '@fscon/contracts';
import type { XmlElement } from '../parse/xml-element';
import { el, writeXml, type EscapeStyle } from './xml-writer';

type Settings = Record<string, string>;

export interface UserSpec {
  id?: string;
  type?: string;
  params?: Settings;
  variables?: Settings;
}

export interface GroupSpec {
  name: string;
  /** Several `<users>` lists per group are allowed; `[]` writes a group without one. */
  userLists?: UserSpec[][];
  params?: Settings;
  variables?: Settings;
}

export interface DomainSpec {
  name: string;
  users?: UserSpec[];
  groups?: GroupSpec[];
  params?: Settings;
  variables?: Settings;
}

/** A complete user; tests override what they are about. */
export function aUser(overrides: Partial<User> = {}): User {
  return {
    id: '20000',
    password: 'secret',
    conpin: '2357',
    context: 'team',
    name: 'someone',
    email: 'someone@example.org',
    polymac: 'none',
    ...overrides,
  };
}

/** One domain, `example.org`, with one group holding the users. */
export function inOneGroup(users: UserSpec[], group = 'team'): DomainSpec {
  return { name: 'example.org', groups: [{ name: group, userLists: [users] }] };
}

/** A user written the way the shipped configuration writes one (`directory/team/20000.xml`). */
export function userSpecOf(user: User): UserSpec {
  return {
    id: user.id,
    params: { password: user.password, 'vm-password': user.id },
    variables: {
      user_context: user.context,
      effective_caller_id_name: user.name,
      effective_caller_id_number: user.id,
      verto_dvar_email: user.email,
      polymac: user.polymac,
      conf_flags: 'moderator|mute-detect',
      conpin: user.conpin,
    },
  };
}

export function directoryXml(domains: DomainSpec[], style: EscapeStyle = 'full'): string {
  const section = el(
    'section',
    { name: 'directory', description: 'User Directory' },
    domains.map(domainElement),
  );
  return writeXml(section, style);
}

function domainElement(domain: DomainSpec): XmlElement {
  return el('domain', { name: domain.name }, [
    ...settingsElements(domain),
    ...(domain.users ? [el('users', {}, domain.users.map(userElement))] : []),
    ...(domain.groups ? [el('groups', {}, domain.groups.map(groupElement))] : []),
  ]);
}

function groupElement(group: GroupSpec): XmlElement {
  const lists = (group.userLists ?? []).map((users) => el('users', {}, users.map(userElement)));
  return el('group', { name: group.name }, [...settingsElements(group), ...lists]);
}

function userElement(user: UserSpec): XmlElement {
  const attributes: Settings = {};
  if (user.id !== undefined) attributes.id = user.id;
  if (user.type !== undefined) attributes.type = user.type;
  return el('user', attributes, settingsElements(user));
}

function settingsElements(owner: { params?: Settings; variables?: Settings }): XmlElement[] {
  const list = (listName: string, itemName: string, settings: Settings | undefined) =>
    settings
      ? [
          el(
            listName,
            {},
            Object.entries(settings).map(([name, value]) => el(itemName, { name, value })),
          ),
        ]
      : [];
  return [...list('params', 'param', owner.params), ...list('variables', 'variable', owner.variables)];
}
