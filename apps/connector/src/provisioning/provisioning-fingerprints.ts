import { createHash } from 'node:crypto';
import { CONTEXTS, type Conference, type Context, type User } from '@fscon/contracts';
import { conferencesVisibleTo, type ProvisioningSettings } from '@fscon/provisioning';
import type { SwitchSip } from './phone-file-renderer';

function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/**
 * What a user's files are rendered from, apart from the user: the conferences each context may see,
 * FreeSWITCH's SIP domain and TLS port, and the provisioning address. One digest per context, computed once per run.
 */
export function contextFingerprints(
  conferences: readonly Conference[],
  sip: SwitchSip,
  settings: ProvisioningSettings,
): Record<Context, string> {
  const shared = JSON.stringify([sip.tlsPort, sip.domain, settings.provisioningUrl]);
  const entries = CONTEXTS.map((context) => {
    const visible = conferencesVisibleTo(context, conferences).map((c) => [c.num, c.name, c.type, c.context]);
    return [context, digest(`${shared}${JSON.stringify(visible)}`)];
  });
  return Object.fromEntries(entries) as Record<Context, string>;
}

/** Changes exactly when one of the user's rendered files could change (the phone's own items aside). */
export function userFingerprint(user: User, contexts: Record<Context, string>): string {
  const fields = [user.id, user.password, user.conpin, user.context, user.name, user.email, user.polymac];
  return digest(`${contexts[user.context]}${JSON.stringify(fields)}`);
}
