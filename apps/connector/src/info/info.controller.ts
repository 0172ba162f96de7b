import { Controller, Get } from '@nestjs/common';
import type { InfoResponse, InfoStateResponse } from '@fscon/contracts';
import { TeamOnly } from '../auth/auth.decorators';
import { XmlStateReadModel } from '../xml-state/xml-state.read-model';
import { INFO_RESPONSE_SCHEMA, INFO_STATE_RESPONSE_SCHEMA } from '@fscon/contracts';
import { ApiJson } from '../api-docs/api-json';

@TeamOnly()
@Controller('api/info')
export class InfoController {
  constructor(private readonly xmlState: XmlStateReadModel) {}

  @Get()
  @ApiJson(INFO_RESPONSE_SCHEMA)
  info(): InfoResponse {
    const { info, globals } = this.xmlState.require();
    return { op: 'info', info, globals, rebuildfailure: this.xmlState.rebuildFailure() };
  }

  @Get('state')
  @ApiJson(INFO_STATE_RESPONSE_SCHEMA, 'the whole xmlState')
  state(): InfoStateResponse {
    return { op: 'info/state', state: this.xmlState.require() };
  }
}
