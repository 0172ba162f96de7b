import { Injectable } from '@nestjs/common';
import type { User } from '@fscon/contracts';
import { ProvisioningError, provisioningPaths, type ProvisioningPaths } from '@fscon/provisioning';
import { DomainError } from '../common/domain-error';
import { XmlStateReadModel } from '../xml-state/xml-state.read-model';
import { isUcsFile, plainFileName, UCS_FOLDER } from './polycom-file-names';
import { ProvisioningFileStore } from './provisioning-file-store.port';
import { ProvisioningRunner } from './provisioning-runner';

function pathsOf(user: User): ProvisioningPaths | undefined {
  try {
    return provisioningPaths(user);
  } catch (error) {
    if (error instanceof ProvisioningError) return undefined;
    throw error;
  }
}

/** Where each phone file a caller asks for lives, below the static folder. */
@Injectable()
export class PhoneFiles {
  constructor(
    private readonly store: ProvisioningFileStore,
    private readonly runner: ProvisioningRunner,
    private readonly xmlState: XmlStateReadModel,
  ) {}

  /** The caller's Linphone configuration; waits for a pending run when it is not written yet. */
  async linphone(caller: User): Promise<string> {
    const path = pathsOf(caller)?.linphone.file;
    const content = path === undefined ? undefined : await this.afterPendingRun(() => this.store.read(path));
    if (content === undefined) {
      throw new DomainError('PROVISIONING.NOT_FOUND', 'there is no Linphone configuration for this user yet');
    }
    return content;
  }

  /** GET /polycom/:file — UC Software files from the UCS folder, anything else from the caller's MAC folder. */
  async polycomFile(caller: User, name: string): Promise<string> {
    plainFileName(name);
    if (isUcsFile(name)) return `${UCS_FOLDER}/${name}`;
    const path = `${this.macFolder(caller)}/${name}`;
    await this.afterPendingRun(() => this.store.size(path));
    return path;
  }

  /** A file in a sub-folder of the UCS folder (localization, configuration, languages). */
  ucsFile(...segments: string[]): string {
    return [UCS_FOLDER, ...segments.map(plainFileName)].join('/');
  }

  /**
   * The caller's MAC folder. A MAC that two users share belongs to the first of them, as in the
   * projection, so nobody is handed another user's credentials.
   */
  macFolder(caller: User): string {
    const folder = pathsOf(caller)?.polycom?.folder;
    const owner = this.xmlState.require().users.find((user) => user.polymac === caller.polymac);
    if (folder === undefined || owner?.id !== caller.id) {
      throw new DomainError('PROVISIONING.NOT_FOUND', 'no Polycom phone is set up for this user');
    }
    return folder;
  }

  private async afterPendingRun<T>(look: () => Promise<T | undefined>): Promise<T | undefined> {
    const found = await look();
    if (found !== undefined || !this.runner.isBusy()) return found;
    await this.runner.idle();
    return look();
  }
}
