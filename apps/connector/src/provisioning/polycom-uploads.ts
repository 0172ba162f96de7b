import { Injectable } from '@nestjs/common';
import type { User } from '@fscon/contracts';
import { DomainError } from '../common/domain-error';
import { PhoneFiles } from './phone-files';
import { isAppendedLog, plainFileName } from './polycom-file-names';
import { ProvisioningFileStore } from './provisioning-file-store.port';

/** The largest body one PUT may carry. */
export const UPLOAD_LIMIT = 1024 * 1024;
/** An appended log that would grow past this is moved to `<name>.1` first, replacing the older one. */
export const APPENDED_LOG_LIMIT = 8 * 1024 * 1024;

/** Files phones upload into their MAC folder: logs, overrides, their contact directory. */
@Injectable()
export class PolycomUploads {
  private readonly queues = new Map<string, Promise<void>>();

  constructor(
    private readonly store: ProvisioningFileStore,
    private readonly phoneFiles: PhoneFiles,
  ) {}

  /** Where an upload of `name` goes; refuses names that are not plain and the files only the server writes. */
  target(caller: User, name: string): string {
    plainFileName(name);
    const folder = this.phoneFiles.macFolder(caller);
    if (name === `${caller.polymac}.cfg` || name === 'allprov.cfg') {
      throw new DomainError('PROVISIONING_FILE.FORBIDDEN', `${name} is written by the server`);
    }
    return `${folder}/${name}`;
  }

  /** Appends application logs, replaces anything else; uploads to one file happen one after another. */
  save(path: string, body: Buffer): Promise<void> {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return this.oneAtATime(path, async () => {
      if (!isAppendedLog(name)) return this.store.write(path, body);
      const size = await this.store.size(path);
      if (size !== undefined && size + body.length > APPENDED_LOG_LIMIT) {
        await this.store.rename(path, `${path}.1`);
      }
      await this.store.append(path, body);
    });
  }

  private oneAtATime(path: string, work: () => Promise<void>): Promise<void> {
    const run = (this.queues.get(path) ?? Promise.resolve()).then(work, work);
    const settled = run.catch(() => undefined);
    this.queues.set(path, settled);
    void settled.then(() => {
      if (this.queues.get(path) === settled) this.queues.delete(path);
    });
    return run;
  }
}
