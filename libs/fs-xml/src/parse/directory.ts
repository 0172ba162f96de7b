import { CONTEXTS, isContext, type User } from '@fscon/contracts';
import { lookup, settingsOf, type DirectoryScope } from './directory-scope';
import type { ParseResult } from './parse-result';
import { findSection } from './section';
import { childrenNamed, type XmlElement } from './xml-element';
import { readXml } from './xml-reader';

/**
 * The users of an `xml_locate directory` answer, in document order: users directly under a
 * domain's `<users>` and users of every group, in every domain. Pointer users (`type="pointer"`)
 * only refer to users defined elsewhere and are not users themselves.
 * Throws XmlParseError when the answer is not well-formed XML.
 */
export function parseDirectory(xml: string): ParseResult<User[]> {
  const warnings: string[] = [];
  const section = findSection(readXml(xml), 'directory', warnings);
  const users: User[] = [];
  const ids = new Set<string>();
  const addUsersOf = (usersElement: XmlElement, scope: DirectoryScope, where: string) => {
    for (const element of childrenNamed(usersElement, 'user')) {
      if (element.attributes.type?.toLowerCase() === 'pointer') continue;
      const user = toUser(element, [...scope, settingsOf(element)], where, warnings);
      if (!user) continue;
      if (ids.has(user.id)) {
        warnings.push(`user ${user.id} (${where}) is defined again; the first one is kept`);
      } else {
        ids.add(user.id);
        users.push(user);
      }
    }
  };
  for (const domain of childrenNamed(section, 'domain')) {
    const domainScope = [settingsOf(domain)];
    const domainName = `domain "${domain.attributes.name ?? ''}"`;
    for (const child of domain.children) {
      if (child.name === 'users') addUsersOf(child, domainScope, domainName);
      if (child.name !== 'groups') continue;
      for (const group of childrenNamed(child, 'group')) {
        const groupScope = [...domainScope, settingsOf(group)];
        const where = `${domainName}, group "${group.attributes.name ?? ''}"`;
        for (const usersElement of childrenNamed(group, 'users')) addUsersOf(usersElement, groupScope, where);
      }
    }
  }
  return { value: users, warnings };
}

function toUser(
  element: XmlElement,
  scope: DirectoryScope,
  where: string,
  warnings: string[],
): User | undefined {
  const id = element.attributes.id;
  if (!id) {
    warnings.push(`a user without an id (${where}) was skipped`);
    return undefined;
  }
  const password = lookup(scope, 'params', 'password');
  if (!password) {
    warnings.push(`user ${id} (${where}) has no password param and was skipped`);
    return undefined;
  }
  const context = lookup(scope, 'variables', 'user_context');
  if (context === undefined || !isContext(context)) {
    const found =
      context === undefined
        ? 'no user_context variable'
        : `user_context "${context}", not one of ${CONTEXTS.join(', ')},`;
    warnings.push(`user ${id} (${where}) has ${found} and was skipped`);
    return undefined;
  }
  const variable = (name: string, field: keyof User, fallback: string): string => {
    const value = lookup(scope, 'variables', name);
    if (value !== undefined) return value;
    warnings.push(`user ${id} has no ${name} variable; its ${field} is set to "${fallback}"`);
    return fallback;
  };
  return {
    id,
    password,
    conpin: variable('conpin', 'conpin', ''),
    context,
    name: variable('effective_caller_id_name', 'name', ''),
    email: variable('verto_dvar_email', 'email', ''),
    polymac: variable('polymac', 'polymac', 'none'),
  };
}
