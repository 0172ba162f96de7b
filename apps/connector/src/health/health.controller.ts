import { Controller, Get, Header, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { HealthResponse, ReadinessResponse } from '@fscon/contracts';
import { PublicRoute } from '../auth/auth.decorators';
import { EventSocket } from '../esl/event-socket.port';
import { LiveResync } from '../live';
import { XmlStateReadModel } from '../xml-state/xml-state.read-model';
import { readiness } from './readiness';

/**
 * Probes for supervisors and load balancers. Public on purpose: they say only whether the process runs
 * and whether it is ready, with fixed reasons, nothing about the system behind it.
 */
@PublicRoute()
@Controller()
export class HealthController {
  constructor(
    private readonly esl: EventSocket,
    private readonly xmlState: XmlStateReadModel,
    private readonly live: LiveResync,
  ) {}

  @Get('healthz')
  @Header('Cache-Control', 'no-store')
  healthz(): HealthResponse {
    return { alive: true };
  }

  @Get('readyz')
  @Header('Cache-Control', 'no-store')
  readyz(@Res({ passthrough: true }) response: Response): ReadinessResponse {
    const answer = readiness({
      eventSocketConnected: this.esl.isConnected(),
      xmlStateRead: this.xmlState.isReady(),
      liveStateSynced: this.live.isSynced(),
    });
    response.status(answer.ready ? 200 : 503);
    return answer;
  }
}
