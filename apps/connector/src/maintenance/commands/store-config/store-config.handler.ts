import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { ConfigTransactions } from '../../../config-files/config-transactions';
import type { MaintenanceResponse } from '@fscon/contracts';
import { storePaths } from '../../stored-folders';
import { writeTarball } from '../../tarballs';
import { StoreConfigCommand } from './store-config.command';

/** Stores inside a configuration transaction, so the tarball never catches a change half-way. */
@CommandHandler(StoreConfigCommand)
export class StoreConfigHandler implements ICommandHandler<StoreConfigCommand, MaintenanceResponse> {
  constructor(
    private readonly transactions: ConfigTransactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ dir }: StoreConfigCommand): Promise<MaintenanceResponse> {
    const op = `store/${dir}`;
    const { folder, tarball } = storePaths(dir, this.config.paths);
    return this.transactions.run(async () => {
      try {
        await writeTarball(folder, tarball);
        return { op, done: tarball, failed: '' };
      } catch (error) {
        return { op, done: '', failed: `could not store ${folder}: ${(error as Error).message}` };
      }
    });
  }
}
