import type { PhoneInput } from './phone-input';
import { underProvisioningUrl } from './phone-input';
import type { ProvisioningRenderer } from './renderer';
import { conferencesVisibleTo } from './visibility';

/**
 * The Linphone remote-provisioning XML: the account over TLS, SRTP, G722, the conferences the user
 * may see as contacts, and the address to fetch the file again (`<provisioningUrl>/linphone`).
 */
export function renderLinphone(renderer: ProvisioningRenderer, input: PhoneInput): string {
  return renderer.render('linphone', {
    user: input.user,
    domain: input.domain,
    tlsPort: input.tlsPort,
    conferences: conferencesVisibleTo(input.user.context, input.conferences),
    configUri: underProvisioningUrl(input.provisioningUrl, 'linphone'),
  });
}
