/** The three user contexts of the system; each has a user number range and a conference number range. */
export const CONTEXTS = ['team', 'friends', 'public'] as const;
export type Context = (typeof CONTEXTS)[number];

export function isContext(value: string): value is Context {
  return (CONTEXTS as readonly string[]).includes(value);
}

/** A user of FreeSWITCH's directory, as the REST API shows it. */
export interface User {
  id: string;
  password: string;
  conpin: string;
  context: Context;
  name: string;
  email: string;
  polymac: string;
}

/** A conference extension of FreeSWITCH's dialplan. */
export interface Conference {
  num: string;
  name: string;
  type: string;
  context: Context;
}

/** Every `name=value` line of `global_getvar`. */
export type Globals = Record<string, string>;

export interface XmlStateInfo {
  reloadxml: { lastrun: string; lastmsg: string };
  maintainance: { lastrun: string };
}

/** FreeSWITCH's parsed configuration as the connector holds it. */
export interface XmlState {
  info: XmlStateInfo;
  globals: Globals;
  users: User[];
  conferences: Conference[];
  conferencetypes: string[];
}
