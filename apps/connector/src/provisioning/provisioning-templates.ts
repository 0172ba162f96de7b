import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  createProvisioningRenderer,
  loadProvisioningTemplates,
  type ProvisioningRenderer,
} from '@fscon/provisioning';

const TEMPLATES = join('libs', 'provisioning', 'templates');

/** libs/provisioning/templates of the checkout this code runs from, whether from the sources or from dist/. */
export function findProvisioningTemplates(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, TEMPLATES))) return join(dir, TEMPLATES);
    if (dirname(dir) === dir) throw new Error(`no ${TEMPLATES} folder in ${start} or above it`);
  }
}

/** A renderer over the template files, read once. */
export function loadProvisioningRenderer(folder: string = findProvisioningTemplates()): ProvisioningRenderer {
  return createProvisioningRenderer(
    loadProvisioningTemplates((file) => readFileSync(join(folder, file), 'utf8')),
  );
}
