import { Command } from '@nestjs/cqrs';
import type { MaintenanceResponse } from '@fscon/contracts';
import type { StoredFolder } from '../../stored-folders';

/** Replace a configuration folder with its stored tarball, reload FreeSWITCH and rebuild the state. */
export class RestoreConfigCommand extends Command<MaintenanceResponse> {
  constructor(
    readonly dir: StoredFolder,
    /** The login name of the admin who asked. */
    readonly caller: string,
  ) {
    super();
  }
}
