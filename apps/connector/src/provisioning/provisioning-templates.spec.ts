import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findProvisioningTemplates, loadProvisioningRenderer } from './provisioning-templates';

describe('findProvisioningTemplates', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'fscon-templates-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('walks up from a nested folder, as from dist/apps/connector/src/provisioning', () => {
    mkdirSync(join(root, 'libs', 'provisioning', 'templates'), { recursive: true });
    const nested = join(root, 'dist', 'apps', 'connector', 'src', 'provisioning');
    mkdirSync(nested, { recursive: true });
    expect(findProvisioningTemplates(nested)).toBe(join(root, 'libs', 'provisioning', 'templates'));
  });

  it('names the folder it started from when there is none', () => {
    expect(() => findProvisioningTemplates(root)).toThrow(root);
  });

  it('finds the repository templates from the sources and renders with them', () => {
    expect(findProvisioningTemplates()).toMatch(/libs[/\\]provisioning[/\\]templates$/);
    const master = loadProvisioningRenderer().render('polycomMaster', {
      appFileUrl: 'https://h/polycom/sip.ld',
      configFilesUrl: 'https://h/polycom/allprov.cfg',
    });
    expect(master).toContain('APP_FILE_PATH="https://h/polycom/sip.ld"');
  });
});
