import { Body, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { AdminOperations } from '../metrics/admin-operations.interceptor';
import { CommandBus } from '@nestjs/cqrs';
import { Caller, TeamOnly } from '../auth/auth.decorators';
import { ArrayBodyPipe } from '../config-files/array-body.pipe';
import { AddConferencesCommand } from './commands/add-conferences/add-conferences.command';
import type { AddConferenceRequest, DeleteConferenceRequest, ModifyConferenceRequest } from '@fscon/admin';
import {
  AddConferenceDto,
  CONFERENCE_BODIES,
  DeleteConferenceDto,
  ModifyConferenceDto,
} from './commands/conferences.dto';
import type { ConferencesWriteResponse } from './commands/conferences-write.response';
import { DeleteConferencesCommand } from './commands/delete-conferences/delete-conferences.command';
import { ModifyConferencesCommand } from './commands/modify-conferences/modify-conferences.command';
import { CONFERENCE_SCHEMA, type User } from '@fscon/contracts';
import { ApiWriteRoute } from '../config-files/write-route.api-docs';

/** The write side of /api/conferences: every route answers after FreeSWITCH has reloaded and the state is rebuilt. */
@TeamOnly()
@UseInterceptors(AdminOperations)
@Controller('api/conferences')
export class ConferencesAdminController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('add')
  @ApiWriteRoute(AddConferenceDto, 'conference', CONFERENCE_SCHEMA)
  @HttpCode(200)
  add(
    @Body(new ArrayBodyPipe(AddConferenceDto, CONFERENCE_BODIES.add)) conferences: AddConferenceDto[],
    @Caller() caller: User,
  ): Promise<ConferencesWriteResponse<AddConferenceRequest>> {
    return this.commandBus.execute(new AddConferencesCommand(conferences, caller.name));
  }

  @Post('mod')
  @ApiWriteRoute(ModifyConferenceDto, 'conference', CONFERENCE_SCHEMA)
  @HttpCode(200)
  mod(
    @Body(new ArrayBodyPipe(ModifyConferenceDto, CONFERENCE_BODIES.mod)) conferences: ModifyConferenceDto[],
    @Caller() caller: User,
  ): Promise<ConferencesWriteResponse<ModifyConferenceRequest>> {
    return this.commandBus.execute(new ModifyConferencesCommand(conferences, caller.name));
  }

  @Post('del')
  @ApiWriteRoute(DeleteConferenceDto, 'conference', CONFERENCE_SCHEMA)
  @HttpCode(200)
  del(
    @Body(new ArrayBodyPipe(DeleteConferenceDto, CONFERENCE_BODIES.del)) conferences: DeleteConferenceDto[],
    @Caller() caller: User,
  ): Promise<ConferencesWriteResponse<DeleteConferenceRequest>> {
    return this.commandBus.execute(new DeleteConferencesCommand(conferences, caller.name));
  }
}
