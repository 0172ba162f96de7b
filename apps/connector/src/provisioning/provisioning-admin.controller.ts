import { Controller, Get, UseInterceptors } from '@nestjs/common';
import { AdminOperations } from '../metrics/admin-operations.interceptor';
import { TeamOnly } from '../auth/auth.decorators';
import { ProvisioningRunner } from './provisioning-runner';
import type { RebuildContactsResponse, UsersReprovResponse } from '@fscon/contracts';
import { REBUILD_CONTACTS_RESPONSE_SCHEMA, USERS_REPROV_RESPONSE_SCHEMA } from '@fscon/contracts';
import { ApiJson } from '../api-docs/api-json';

/** Explicit full runs of the provisioning projection, for the team. */
@TeamOnly()
@UseInterceptors(AdminOperations)
@Controller('api')
export class ProvisioningAdminController {
  constructor(private readonly runner: ProvisioningRunner) {}

  @Get('users/reprov')
  @ApiJson(USERS_REPROV_RESPONSE_SCHEMA, "every user's provisioning files were written again")
  async reprov(): Promise<UsersReprovResponse> {
    const { done, failed } = await this.runner.request('full');
    return { op: 'users/reprov', done, failed };
  }

  @Get('conferences/rebuildcontacts')
  @ApiJson(REBUILD_CONTACTS_RESPONSE_SCHEMA, 'the provisioned contact lists were written again')
  async rebuildContacts(): Promise<RebuildContactsResponse> {
    await this.runner.request('full');
    return { op: 'conferences/rebuildcontacts', done: new Date().toISOString() };
  }
}
