import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { User } from '@fscon/contracts';
import { TeamOnly } from '../auth/auth.decorators';
import { ArrayBodyPipe } from '../config-files/array-body.pipe';
import { AddUsersCommand } from './commands/add-users/add-users.command';
import { DeleteUsersCommand } from './commands/delete-users/delete-users.command';
import { ModifyUsersCommand } from './commands/modify-users/modify-users.command';
import { RebuildUsersCommand } from './commands/rebuild-users/rebuild-users.command';
import type { AddUserRequest, DeleteUserRequest, ModifyUserRequest } from './commands/user-requests';
import { AddUserDto, DeleteUserDto, ModifyUserDto, USER_BODIES } from './commands/users.dto';
import type { UsersWriteResponse } from './commands/users-write.response';

/** The write side of /api/users: every route answers after FreeSWITCH has reloaded and the state is rebuilt. */
@TeamOnly()
@Controller('api/users')
export class UsersAdminController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('add')
  @HttpCode(200)
  add(
    @Body(new ArrayBodyPipe(AddUserDto, USER_BODIES.add)) users: AddUserDto[],
  ): Promise<UsersWriteResponse<AddUserRequest>> {
    return this.commandBus.execute(new AddUsersCommand(users));
  }

  @Post('mod')
  @HttpCode(200)
  mod(
    @Body(new ArrayBodyPipe(ModifyUserDto, USER_BODIES.mod)) users: ModifyUserDto[],
  ): Promise<UsersWriteResponse<ModifyUserRequest>> {
    return this.commandBus.execute(new ModifyUsersCommand(users));
  }

  @Post('del')
  @HttpCode(200)
  del(
    @Body(new ArrayBodyPipe(DeleteUserDto, USER_BODIES.del)) users: DeleteUserDto[],
  ): Promise<UsersWriteResponse<DeleteUserRequest>> {
    return this.commandBus.execute(new DeleteUsersCommand(users));
  }

  @Get('rebuild')
  rebuild(): Promise<UsersWriteResponse<User>> {
    return this.commandBus.execute(new RebuildUsersCommand());
  }
}
