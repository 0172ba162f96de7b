import { mkdir, stat } from 'node:fs/promises';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { adminEntry } from '../../../config-files/admin-entries';
import { AdminJournal } from '../../../config-files/admin-journal';
import { ConfigTransactions } from '../../../config-files/config-transactions';
import { folderSwap } from '../../../config-files/folder-swap';
import type { MaintenanceResponse } from '@fscon/contracts';
import { STORED_FOLDERS, storePaths } from '../../stored-folders';
import { extractTarball, tarballProblems } from '../../tarballs';
import { RestoreConfigCommand } from './restore-config.command';

/**
 * Checks every entry of the tarball, unpacks it next to the folder's contents, swaps it in, and has
 * FreeSWITCH reload; if FreeSWITCH refuses the restored XML, the old contents are swapped back. Either
 * way the journal records it (`config.restored` or `write.refused`).
 */
@CommandHandler(RestoreConfigCommand)
export class RestoreConfigHandler implements ICommandHandler<RestoreConfigCommand, MaintenanceResponse> {
  constructor(
    private readonly transactions: ConfigTransactions,
    private readonly journal: AdminJournal,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ dir, caller }: RestoreConfigCommand): Promise<MaintenanceResponse> {
    const op = `restore/${dir}`;
    const failed = (reason: string) => ({ op, done: '', failed: reason });
    const { folder, tarball } = storePaths(dir, this.config.paths);
    return this.transactions.run(async (tx) => {
      if (!(await isFile(tarball))) return failed(`no stored ${dir} at ${tarball}`);
      const problems = await tarballProblems(tarball);
      if (problems.length > 0) return failed(`refusing ${tarball}: ${problems.join('; ')}`);
      const swap = folderSwap(tx.folder, STORED_FOLDERS[dir]);
      try {
        await mkdir(swap.staged, { recursive: true });
        try {
          await extractTarball(tarball, swap.staged);
        } catch (error) {
          return failed(`could not unpack ${tarball}: ${(error as Error).message}`);
        }
        const write = {
          op,
          caller,
          elements: 1,
          entries: (time: number) => [adminEntry(caller, time, 'config.restored', { op, file: tarball })],
        };
        const outcome = await this.journal.commit(write, () => tx.commit(swap.edit));
        return outcome.accepted ? { op, done: folder, failed: '' } : failed(outcome.error);
      } finally {
        await swap.cleanUp();
      }
    });
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
