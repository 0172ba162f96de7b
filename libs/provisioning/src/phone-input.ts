import type { Conference, User } from '@fscon/contracts';

/** What a phone's files are rendered from. */
export interface PhoneInput {
  user: User;
  /** All conferences; each renderer keeps the ones the user's context may see. */
  conferences: readonly Conference[];
  /** FreeSWITCH's SIP domain (global `domain`): where phones register and the realm they authenticate in. */
  domain: string;
  /** FreeSWITCH's internal SIP profile TLS port (global `internal_tls_port`). */
  tlsPort: number;
  /** Base HTTPS address of the provisioning routes, e.g. `https://conf.example.org` or `https://host:8443`. */
  provisioningUrl: string;
}

/** `https://HOST`, with `:PORT` unless it is 443. */
export function provisioningBaseUrl(host: string, port: number): string {
  const hostPart = host.includes(':') ? `[${host}]` : host;
  return port === 443 ? `https://${hostPart}` : `https://${hostPart}:${port}`;
}

/** The provisioning URL followed by `path`, without doubled slashes. */
export function underProvisioningUrl(provisioningUrl: string, path: string): string {
  return `${provisioningUrl.replace(/\/+$/, '')}/${path}`;
}
