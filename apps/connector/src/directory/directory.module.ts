import { Module } from '@nestjs/common';
import { ConfigFilesModule } from '../config-files/config-files.module';
import { AddUsersHandler } from './commands/add-users/add-users.handler';
import { DeleteUsersHandler } from './commands/delete-users/delete-users.handler';
import { ModifyUsersHandler } from './commands/modify-users/modify-users.handler';
import { PasswordGenerator } from './commands/password-generator';
import { RebuildUsersHandler } from './commands/rebuild-users/rebuild-users.handler';
import { UsersAdminController } from './users-admin.controller';
import { UsersController } from './users.controller';

const commandHandlers = [AddUsersHandler, ModifyUsersHandler, DeleteUsersHandler, RebuildUsersHandler];

/** Users of FreeSWITCH's directory. */
@Module({
  imports: [ConfigFilesModule],
  // The write routes come first, so `GET /api/users/rebuild` is never read as a filter.
  controllers: [UsersAdminController, UsersController],
  providers: [PasswordGenerator, ...commandHandlers],
})
export class DirectoryModule {}
