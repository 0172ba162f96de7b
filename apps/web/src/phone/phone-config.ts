import type { UserInfoResponse } from '@fscon/contracts';
import type { PhoneConfig } from './phone-state';

/** Where the page was loaded from: `window.location`'s part the phone needs. */
export interface PageLocation {
  protocol: string;
  hostname: string;
}

/**
 * The phone's configuration from /userinfo: FreeSWITCH's SIP WebSocket on the page's host at the port
 * of `wss_binding` (`:7443` or `address:7443`); undefined when there is no such binding. A page served
 * over HTTPS reaches it as `wss://`; a page over plain HTTP (the demo on localhost, the only plain-HTTP
 * origin where browsers give a page the microphone) as `ws://`, since browsers refuse `wss://` to a
 * certificate they do not trust without asking anyone.
 */
export function phoneConfig(info: UserInfoResponse, page: PageLocation): PhoneConfig | undefined {
  const port = /:(\d{1,5})$/.exec(info.wss_binding.trim())?.[1];
  if (port === undefined) return undefined;
  const scheme = page.protocol === 'http:' ? 'ws' : 'wss';
  return {
    server: `${scheme}://${page.hostname}:${port}`,
    domain: page.hostname,
    userId: info.id,
    password: info.password,
    displayName: info.name,
  };
}
