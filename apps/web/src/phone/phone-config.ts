import type { UserInfoResponse } from '@fscon/contracts';
import type { PhoneConfig } from './phone-state';

/**
 * The phone's configuration from /userinfo: FreeSWITCH's secure WebSocket on the page's host at the port
 * of `wss_binding` (`:7443` or `address:7443`); undefined when there is no such binding.
 */
export function phoneConfig(info: UserInfoResponse, hostname: string): PhoneConfig | undefined {
  const port = /:(\d{1,5})$/.exec(info.wss_binding.trim())?.[1];
  if (port === undefined) return undefined;
  return {
    server: `wss://${hostname}:${port}`,
    domain: hostname,
    userId: info.id,
    password: info.password,
    displayName: info.name,
  };
}
