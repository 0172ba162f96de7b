import { Module } from '@nestjs/common';
import { ConfigFilesModule } from '../config-files/config-files.module';
import { AddConferencesHandler } from './commands/add-conferences/add-conferences.handler';
import { DeleteConferencesHandler } from './commands/delete-conferences/delete-conferences.handler';
import { ModifyConferencesHandler } from './commands/modify-conferences/modify-conferences.handler';
import { ConferencesAdminController } from './conferences-admin.controller';
import { ConferencesController } from './conferences.controller';

const commandHandlers = [AddConferencesHandler, ModifyConferencesHandler, DeleteConferencesHandler];

/** Conference extensions of FreeSWITCH's dialplan. */
@Module({
  imports: [ConfigFilesModule],
  controllers: [ConferencesAdminController, ConferencesController],
  providers: [...commandHandlers],
})
export class DialplanModule {}
