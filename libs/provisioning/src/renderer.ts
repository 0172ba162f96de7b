import nunjucks from 'nunjucks';
import { ProvisioningError } from './provisioning-error';
import { PROVISIONING_TEMPLATE_FILES, type ProvisioningTemplate } from './template-files';
import { sipQuoted, withXmlLines } from './xml-text';

/** Renders the provisioning templates; every value is XML-escaped (quotes included). */
export interface ProvisioningRenderer {
  render(template: ProvisioningTemplate, view: object): string;
}

class InMemoryLoader implements nunjucks.ILoader {
  constructor(private readonly templates: Record<string, string>) {}

  getSource(name: string): nunjucks.LoaderSource {
    const src = this.templates[name];
    if (src === undefined) {
      throw new ProvisioningError('PROVISIONING.TEMPLATE_MISSING', `no template named ${name}`);
    }
    return { src, path: name, noCache: false };
  }
}

/**
 * Builds a renderer over template texts keyed by their PROVISIONING_TEMPLATE_FILES paths.
 * Fails at once when one is missing, not at the first rendering.
 */
export function createProvisioningRenderer(templates: Record<string, string>): ProvisioningRenderer {
  const missing = Object.values(PROVISIONING_TEMPLATE_FILES).filter((file) => templates[file] === undefined);
  if (missing.length > 0) {
    throw new ProvisioningError('PROVISIONING.TEMPLATE_MISSING', `templates missing: ${missing.join(', ')}`);
  }
  const env = new nunjucks.Environment(new InMemoryLoader({ ...templates }), {
    autoescape: true,
    throwOnUndefined: true,
    trimBlocks: true,
    lstripBlocks: true,
  });
  env.addFilter('sipQuoted', (text: string) => sipQuoted(text));
  return {
    render: (template, view) => env.render(PROVISIONING_TEMPLATE_FILES[template], withXmlLines(view)),
  };
}
