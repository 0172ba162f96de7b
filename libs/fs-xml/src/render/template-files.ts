/**
 * The template files, as paths relative to libs/fs-xml/templates/. Whoever uses this library reads
 * them and hands their contents to createConfigFileRenderer under these names.
 */
export const FS_XML_TEMPLATE_FILES = {
  user: 'directory-user.xml.njk',
  conference: 'conference-extension.xml.njk',
} as const;

export type FsXmlTemplate = keyof typeof FS_XML_TEMPLATE_FILES;

/** Collects every template's text through `read`, which gets a path from FS_XML_TEMPLATE_FILES. */
export function loadFsXmlTemplates(read: (file: string) => string): Record<string, string> {
  return Object.fromEntries(Object.values(FS_XML_TEMPLATE_FILES).map((file) => [file, read(file)]));
}
