import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadFsXmlTemplates } from '@fscon/fs-xml';

const TEMPLATES = join('libs', 'fs-xml', 'templates');

/** The folder of libs/fs-xml's templates, found upwards from here (from the sources or from dist/). */
export function fsXmlTemplatesFolder(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, TEMPLATES))) return join(dir, TEMPLATES);
    if (dirname(dir) === dir) throw new Error(`no ${TEMPLATES} folder above ${start}`);
  }
}

/** Every template of libs/fs-xml, read once at boot. */
export function readFsXmlTemplates(): Record<string, string> {
  const folder = fsXmlTemplatesFolder();
  return loadFsXmlTemplates((file) => readFileSync(join(folder, file), 'utf8'));
}
