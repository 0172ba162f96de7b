import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { adminEntry } from '../../../config-files/admin-entries';
import { AdminJournal } from '../../../config-files/admin-journal';
import { ConfigTransactions } from '../../../config-files/config-transactions';
import type { MaintenanceResponse } from '@fscon/contracts';
import { storePaths } from '../../stored-folders';
import { writeTarball } from '../../tarballs';
import { StoreConfigCommand } from './store-config.command';

/**
 * Stores inside a configuration transaction, so the tarball never catches a change half-way, and
 * journals `config.stored`.
 */
@CommandHandler(StoreConfigCommand)
export class StoreConfigHandler implements ICommandHandler<StoreConfigCommand, MaintenanceResponse> {
  constructor(
    private readonly transactions: ConfigTransactions,
    private readonly journal: AdminJournal,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ dir, caller }: StoreConfigCommand): Promise<MaintenanceResponse> {
    const op = `store/${dir}`;
    const { folder, tarball } = storePaths(dir, this.config.paths);
    return this.transactions.run(async () => {
      try {
        await writeTarball(folder, tarball);
      } catch (error) {
        return { op, done: '', failed: `could not store ${folder}: ${(error as Error).message}` };
      }
      await this.journal.record([adminEntry(caller, Date.now(), 'config.stored', { op, file: tarball })]);
      return { op, done: tarball, failed: '' };
    });
  }
}
