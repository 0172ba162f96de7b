import type { XmlStateInfo } from '@fscon/contracts';
import type { EventSocket } from '../esl/event-socket.port';

export type ReloadInfo = XmlStateInfo['reloadxml'];

/** What FreeSWITCH said to one reloadxml: accepted, or refused and why. */
export type ReloadResult =
  { accepted: true; info: ReloadInfo } | { accepted: false; info: ReloadInfo; error: string };

const SUCCESS = '+OK [Success]';

/**
 * `bgapi reloadxml`, waiting for FreeSWITCH's answer. Only `+OK [Success]` means the new XML is active:
 * a configuration FreeSWITCH refuses is answered `+OK [<error>]` and the old XML stays.
 */
export async function reloadXml(esl: EventSocket): Promise<ReloadResult> {
  const lastrun = new Date().toISOString();
  const lastmsg = (await esl.bgapi('reloadxml')).trim();
  const info = { lastrun, lastmsg };
  if (lastmsg === SUCCESS) return { accepted: true, info };
  const bracketed = /^\+OK \[(.*)\]$/s.exec(lastmsg);
  return { accepted: false, info, error: bracketed ? bracketed[1] : lastmsg };
}
