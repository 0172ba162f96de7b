import { Module } from '@nestjs/common';
import { ConfigFilesModule } from '../config-files/config-files.module';
import { RestoreConfigHandler } from './commands/restore-config/restore-config.handler';
import { StoreConfigHandler } from './commands/store-config/store-config.handler';
import { MaintenanceController } from './maintenance.controller';

const commandHandlers = [StoreConfigHandler, RestoreConfigHandler];

/** Store and restore of configuration folders, inside the one-writer configuration transaction. */
@Module({
  imports: [ConfigFilesModule],
  controllers: [MaintenanceController],
  providers: [...commandHandlers],
})
export class MaintenanceModule {}
