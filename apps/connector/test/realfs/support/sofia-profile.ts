import type { RealFreeswitch } from '@fscon/real-freeswitch';

/** Where a SIP profile listens: one of its `*-BIND-URL`s. */
export interface SipListener {
  host: string;
  port: number;
  /** Lower case, from the URL's `transport` parameter (`udp,tcp` when it has none). */
  transports: string[];
}

export interface SofiaProfile {
  sipIp: string;
  extSipIp: string;
  /** The plain listener (BIND-URL), TLS (TLS-BIND-URL) and secure WebSocket (WSS-BIND-URL), where there are. */
  plain?: SipListener;
  tls?: SipListener;
  wss?: SipListener;
}

/** A SIP URI's parts: `<sip:user@host:port;params>` (the brackets and a display name are optional). */
export function sipUriParts(text: string): { user?: string; host: string; port?: number; params: string } {
  const match = /sips?:(?:([^@;>]+)@)?([^:;>]+)(?::(\d+))?([^>]*)/.exec(text);
  if (!match) throw new Error(`no SIP URI in ${JSON.stringify(text)}`);
  const [, user, host, port, params] = match;
  return { user, host: host!, port: port === undefined ? undefined : Number(port), params: params ?? '' };
}

function listener(url: string | undefined): SipListener | undefined {
  if (url === undefined) return undefined;
  const { host, port, params } = sipUriParts(url);
  if (port === undefined) throw new Error(`${url} names no port`);
  const transport = /;transport=([^;]+)/.exec(params)?.[1] ?? 'udp,tcp';
  return { host, port, transports: transport.toLowerCase().split(',') };
}

/** `sofia status profile <name>`, as FreeSWITCH reports the profile it runs. */
export async function sofiaProfile(freeswitch: RealFreeswitch, name: string): Promise<SofiaProfile> {
  const answer = await freeswitch.api(`sofia status profile ${name}`);
  const fields = new Map(
    answer
      .split('\n')
      .map((line) => /^(\S+(?: \S+)*)\s*\t(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1]!.trim(), match[2]!.trim()]),
  );
  const sipIp = fields.get('SIP-IP');
  if (sipIp === undefined) throw new Error(`FreeSWITCH runs no SIP profile ${name}:\n${answer}`);
  return {
    sipIp,
    extSipIp: fields.get('Ext-SIP-IP') ?? sipIp,
    plain: listener(fields.get('BIND-URL')),
    tls: listener(fields.get('TLS-BIND-URL')),
    wss: listener(fields.get('WSS-BIND-URL')),
  };
}
