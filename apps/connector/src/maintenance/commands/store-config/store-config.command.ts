import { Command } from '@nestjs/cqrs';
import type { MaintenanceResponse } from '@fscon/contracts';
import type { StoredFolder } from '../../stored-folders';

/** Keep a gzipped tarball of a configuration folder in the store folder. */
export class StoreConfigCommand extends Command<MaintenanceResponse> {
  constructor(
    readonly dir: StoredFolder,
    /** The login name of the admin who asked. */
    readonly caller: string,
  ) {
    super();
  }
}
