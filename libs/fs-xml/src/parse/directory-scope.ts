import { childrenNamed, type XmlElement } from './xml-element';

/** The `<params>` and `<variables>` of one domain, group or user, by lower-cased name. */
export interface SettingsLayer {
  params: Map<string, string>;
  variables: Map<string, string>;
}

/**
 * The layers in force for a user, outermost first: FreeSWITCH reads a user's params and variables
 * from its domain, then its group, then the user itself, a later one overriding an earlier one.
 */
export type DirectoryScope = readonly SettingsLayer[];

export function settingsOf(element: XmlElement): SettingsLayer {
  return {
    params: namedValues(element, 'params', 'param'),
    variables: namedValues(element, 'variables', 'variable'),
  };
}

function namedValues(element: XmlElement, listName: string, itemName: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const list of childrenNamed(element, listName)) {
    for (const item of childrenNamed(list, itemName)) {
      const { name, value } = item.attributes;
      if (name !== undefined && value !== undefined) values.set(name.toLowerCase(), value);
    }
  }
  return values;
}

export function lookup(scope: DirectoryScope, kind: keyof SettingsLayer, name: string): string | undefined {
  for (let i = scope.length - 1; i >= 0; i--) {
    const value = scope[i][kind].get(name);
    if (value !== undefined) return value;
  }
  return undefined;
}
