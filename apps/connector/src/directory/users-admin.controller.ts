import { Body, Controller, Get, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { AdminOperations } from '../metrics/admin-operations.interceptor';
import { CommandBus } from '@nestjs/cqrs';
import { USER_SCHEMA, type User } from '@fscon/contracts';
import { Caller, TeamOnly } from '../auth/auth.decorators';
import { ArrayBodyPipe } from '../config-files/array-body.pipe';
import { AddUsersCommand } from './commands/add-users/add-users.command';
import { DeleteUsersCommand } from './commands/delete-users/delete-users.command';
import { ModifyUsersCommand } from './commands/modify-users/modify-users.command';
import { RebuildUsersCommand } from './commands/rebuild-users/rebuild-users.command';
import type { AddUserRequest, DeleteUserRequest, ModifyUserRequest } from '@fscon/admin';
import { AddUserDto, DeleteUserDto, ModifyUserDto, USER_BODIES } from './commands/users.dto';
import type { UsersWriteResponse } from './commands/users-write.response';
import { ApiOkResponse } from '../api-docs/openapi-decorators';
import { ApiErrors } from '../api-docs/api-errors';
import { schemaObject } from '../api-docs/schema-object';
import { ApiWriteRoute, writeResponseSchema } from '../config-files/write-route.api-docs';

/** The write side of /api/users: every route answers after FreeSWITCH has reloaded and the state is rebuilt. */
@TeamOnly()
@UseInterceptors(AdminOperations)
@Controller('api/users')
export class UsersAdminController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('add')
  @ApiWriteRoute(AddUserDto, 'user', USER_SCHEMA)
  @HttpCode(200)
  add(
    @Body(new ArrayBodyPipe(AddUserDto, USER_BODIES.add)) users: AddUserDto[],
    @Caller() caller: User,
  ): Promise<UsersWriteResponse<AddUserRequest>> {
    return this.commandBus.execute(new AddUsersCommand(users, caller.name));
  }

  @Post('mod')
  @ApiWriteRoute(ModifyUserDto, 'user', USER_SCHEMA)
  @HttpCode(200)
  mod(
    @Body(new ArrayBodyPipe(ModifyUserDto, USER_BODIES.mod)) users: ModifyUserDto[],
    @Caller() caller: User,
  ): Promise<UsersWriteResponse<ModifyUserRequest>> {
    return this.commandBus.execute(new ModifyUsersCommand(users, caller.name));
  }

  @Post('del')
  @ApiWriteRoute(DeleteUserDto, 'user', USER_SCHEMA)
  @HttpCode(200)
  del(
    @Body(new ArrayBodyPipe(DeleteUserDto, USER_BODIES.del)) users: DeleteUserDto[],
    @Caller() caller: User,
  ): Promise<UsersWriteResponse<DeleteUserRequest>> {
    return this.commandBus.execute(new DeleteUsersCommand(users, caller.name));
  }

  @Get('rebuild')
  @ApiOkResponse({
    description: 'every user file written again from the state',
    schema: schemaObject(writeResponseSchema(USER_SCHEMA, 'user', USER_SCHEMA)),
  })
  @ApiErrors(502, 504)
  rebuild(@Caller() caller: User): Promise<UsersWriteResponse<User>> {
    return this.commandBus.execute(new RebuildUsersCommand(caller.name));
  }
}
