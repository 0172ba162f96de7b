import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { FsProvisioningFileStore } from './fs-provisioning-file-store';
import { LeftoversAtStart } from './leftovers-at-start';

describe('LeftoversAtStart', () => {
  it('removes the temporary files of cut-off writes however young, and nothing else', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const root = mkdtempSync(join(tmpdir(), 'fscon-static-'));
    const linphone = join(root, 'linphone', '22001');
    const polycom = join(root, 'polycom', '0004f2aabbcc');
    mkdirSync(linphone, { recursive: true });
    mkdirSync(polycom, { recursive: true });
    writeFileSync(join(linphone, '.linphone.xml.0123456789ab.tmp'), 'half');
    writeFileSync(join(polycom, '.allprov.cfg.abcdefabcdef.tmp'), 'half');
    writeFileSync(join(polycom, '0004f2aabbcc-app.log'), 'uploaded');

    await new LeftoversAtStart(new FsProvisioningFileStore(root)).onModuleInit();

    expect(readdirSync(join(root, 'linphone'))).toEqual([]);
    expect(readdirSync(polycom)).toEqual(['0004f2aabbcc-app.log']);
    rmSync(root, { recursive: true });
    jest.restoreAllMocks();
  });
});
