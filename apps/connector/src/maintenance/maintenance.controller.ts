import { Controller, Get, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { TeamOnly } from '../auth/auth.decorators';
import { RestoreConfigCommand } from './commands/restore-config/restore-config.command';
import { StoreConfigCommand } from './commands/store-config/store-config.command';
import type { MaintenanceResponse } from '@fscon/contracts';
import { storedFolder } from './stored-folders';

/** Backups of FreeSWITCH's configuration folders: /api/store/:dir and /api/restore/:dir. */
@TeamOnly()
@Controller('api')
export class MaintenanceController {
  constructor(private readonly commandBus: CommandBus) {}

  @Get('store/:dir')
  store(@Param('dir') dir: string): Promise<MaintenanceResponse> {
    return this.commandBus.execute(new StoreConfigCommand(storedFolder(dir)));
  }

  @Get('restore/:dir')
  restore(@Param('dir') dir: string): Promise<MaintenanceResponse> {
    return this.commandBus.execute(new RestoreConfigCommand(storedFolder(dir)));
  }
}
