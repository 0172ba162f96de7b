import { Controller, Get } from '@nestjs/common';
import { TeamOnly } from '../auth/auth.decorators';
import { ProvisioningRunner } from './provisioning-runner';
import type { RebuildContactsResponse, UsersReprovResponse } from '@fscon/contracts';

/** Explicit full runs of the provisioning projection, for the team. */
@TeamOnly()
@Controller('api')
export class ProvisioningAdminController {
  constructor(private readonly runner: ProvisioningRunner) {}

  @Get('users/reprov')
  async reprov(): Promise<UsersReprovResponse> {
    const { done, failed } = await this.runner.request('full');
    return { op: 'users/reprov', done, failed };
  }

  @Get('conferences/rebuildcontacts')
  async rebuildContacts(): Promise<RebuildContactsResponse> {
    await this.runner.request('full');
    return { op: 'conferences/rebuildcontacts', done: new Date().toISOString() };
  }
}
