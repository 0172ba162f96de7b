import type { PhoneInput } from './phone-input';
import { underProvisioningUrl } from './phone-input';
import { keptUserItems } from './polycom-directory';
import type { ProvisioningRenderer } from './renderer';
import { conferencesVisibleTo } from './visibility';

/** The per-phone master file `<mac>.cfg`: application image and allprov.cfg under the provisioning URL. */
export function renderPolycomMaster(
  renderer: ProvisioningRenderer,
  input: Pick<PhoneInput, 'provisioningUrl'>,
): string {
  return renderer.render('polycomMaster', {
    appFileUrl: underProvisioningUrl(input.provisioningUrl, 'polycom/sip.ld'),
    configFilesUrl: underProvisioningUrl(input.provisioningUrl, 'polycom/allprov.cfg'),
  });
}

/** `allprov.cfg`: line 1 over TLS with the user's credentials, SRTP, G722 first, HTTPS provisioning. */
export function renderPolycomAllprov(
  renderer: ProvisioningRenderer,
  input: Pick<PhoneInput, 'user' | 'domain' | 'tlsPort' | 'provisioningUrl'>,
): string {
  return renderer.render('polycomAllprov', {
    user: input.user,
    domain: input.domain,
    tlsPort: input.tlsPort,
    provisioningServer: underProvisioningUrl(input.provisioningUrl, 'polycom'),
  });
}

/**
 * `<mac>-directory.xml`: the items the user added on the phone (taken from the phone's current file,
 * if any) followed by the conferences the user may see. Throws PROVISIONING.DIRECTORY_UNREADABLE when
 * the current file is not XML, so that the user's items are never thrown away.
 */
export function renderPolycomDirectory(
  renderer: ProvisioningRenderer,
  input: Pick<PhoneInput, 'user' | 'conferences'>,
  existingDirectoryXml?: string,
): string {
  const conferences = conferencesVisibleTo(input.user.context, input.conferences);
  const userItems = keptUserItems(existingDirectoryXml, conferences);
  return renderer.render('polycomDirectory', { userItems, conferences });
}
