import { Controller, Get } from '@nestjs/common';
import type { InfoResponse, InfoStateResponse } from '@fscon/contracts';
import { TeamOnly } from '../auth/auth.decorators';
import { XmlStateReadModel } from '../xml-state/xml-state.read-model';

@TeamOnly()
@Controller('api/info')
export class InfoController {
  constructor(private readonly xmlState: XmlStateReadModel) {}

  @Get()
  info(): InfoResponse {
    const { info, globals } = this.xmlState.require();
    return { op: 'info', info, globals, rebuildfailure: this.xmlState.rebuildFailure() };
  }

  @Get('state')
  state(): InfoStateResponse {
    return { op: 'info/state', state: this.xmlState.require() };
  }
}
