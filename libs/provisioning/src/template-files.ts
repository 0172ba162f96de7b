/**
 * The template files, as paths relative to libs/provisioning/templates/. Whoever uses this library
 * reads them and hands their contents to createProvisioningRenderer under these names.
 */
export const PROVISIONING_TEMPLATE_FILES = {
  linphone: 'linphone/linphone.xml.njk',
  polycomMaster: 'polycom/master.cfg.njk',
  polycomAllprov: 'polycom/allprov.cfg.njk',
  polycomDirectory: 'polycom/directory.xml.njk',
} as const;

export type ProvisioningTemplate = keyof typeof PROVISIONING_TEMPLATE_FILES;

/** Collects every template's text through `read`, which gets a path from PROVISIONING_TEMPLATE_FILES. */
export function loadProvisioningTemplates(read: (file: string) => string): Record<string, string> {
  return Object.fromEntries(Object.values(PROVISIONING_TEMPLATE_FILES).map((file) => [file, read(file)]));
}
