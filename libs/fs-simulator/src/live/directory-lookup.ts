import { XmlConfig } from '../config/xml-config';
import { descendantsNamed, nameValues, textAttr } from './xml-lookup';

/** A directory user as the simulator needs it: id, domain, group (its context) and variables in order. */
export interface DirectoryUser {
  id: string;
  domain: string;
  group: string | undefined;
  params: Map<string, string>;
  variables: Map<string, string>;
}

/** Finds user `id` in any domain of the loaded directory. */
export function findDirectoryUser(xml: XmlConfig, id: string): DirectoryUser | undefined {
  for (const domain of descendantsNamed(xml.locate('directory'), 'domain')) {
    for (const group of [...descendantsNamed(domain, 'group'), undefined]) {
      const users = group ? descendantsNamed(group, 'user') : descendantsNamed(domain, 'user');
      const user = users.find((candidate) => textAttr(candidate, 'id') === id);
      if (!user) continue;
      return {
        id,
        domain: textAttr(domain, 'name') ?? '',
        group: group ? textAttr(group, 'name') : undefined,
        params: nameValues(
          user.children.find((c) => c.name === 'params'),
          'param',
        ),
        variables: nameValues(
          user.children.find((c) => c.name === 'variables'),
          'variable',
        ),
      };
    }
  }
  return undefined;
}
