import { Controller, Get, Param, UseInterceptors } from '@nestjs/common';
import { AdminOperations } from '../metrics/admin-operations.interceptor';
import { CommandBus } from '@nestjs/cqrs';
import { Caller, TeamOnly } from '../auth/auth.decorators';
import { RestoreConfigCommand } from './commands/restore-config/restore-config.command';
import { StoreConfigCommand } from './commands/store-config/store-config.command';
import type { MaintenanceResponse, User } from '@fscon/contracts';
import { STORED_FOLDERS, storedFolder } from './stored-folders';
import { ApiParam } from '../api-docs/openapi-decorators';
import { MAINTENANCE_RESPONSE_SCHEMA } from '@fscon/contracts';
import { ApiErrors } from '../api-docs/api-errors';
import { ApiJson } from '../api-docs/api-json';

const DIR = { name: 'dir', enum: Object.keys(STORED_FOLDERS) };

/** Backups of FreeSWITCH's configuration folders: /api/store/:dir and /api/restore/:dir. */
@TeamOnly()
@UseInterceptors(AdminOperations)
@Controller('api')
export class MaintenanceController {
  constructor(private readonly commandBus: CommandBus) {}

  @Get('store/:dir')
  @ApiParam(DIR)
  @ApiJson(MAINTENANCE_RESPONSE_SCHEMA, 'the gzipped tar of the folder was written to the store folder')
  store(@Param('dir') dir: string, @Caller() caller: User): Promise<MaintenanceResponse> {
    return this.commandBus.execute(new StoreConfigCommand(storedFolder(dir), caller.name));
  }

  @Get('restore/:dir')
  @ApiParam(DIR)
  @ApiJson(
    MAINTENANCE_RESPONSE_SCHEMA,
    'the folder was replaced from its tarball, FreeSWITCH reloaded and the state read again',
  )
  @ApiErrors(502, 504)
  restore(@Param('dir') dir: string, @Caller() caller: User): Promise<MaintenanceResponse> {
    return this.commandBus.execute(new RestoreConfigCommand(storedFolder(dir), caller.name));
  }
}
