import { Controller, Get, Header, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiResponse } from '../api-docs/openapi-decorators';
import {
  HEALTH_RESPONSE_SCHEMA,
  READINESS_RESPONSE_SCHEMA,
  type HealthResponse,
  type ReadinessResponse,
} from '@fscon/contracts';
import { ApiJson } from '../api-docs/api-json';
import { schemaObject } from '../api-docs/schema-object';
import { PublicRoute } from '../auth/auth.decorators';
import { EventSocket } from '../esl/event-socket.port';
import { EventSocketLag } from '../esl/lag/event-socket-lag';
import { JournalHealthWatch } from '../journal/journal-health-watch';
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
    private readonly lag: EventSocketLag,
    private readonly journal: JournalHealthWatch,
  ) {}

  @Get('healthz')
  @Header('Cache-Control', 'no-store')
  @ApiJson(HEALTH_RESPONSE_SCHEMA, 'the process runs')
  healthz(): HealthResponse {
    return { alive: true };
  }

  @Get('readyz')
  @Header('Cache-Control', 'no-store')
  @ApiJson(READINESS_RESPONSE_SCHEMA, 'connected to FreeSWITCH, its configuration and live state read')
  @ApiResponse({
    status: 503,
    description: 'not ready: `reasons` says what is missing, in fixed sentences',
    content: { 'application/json': { schema: schemaObject(READINESS_RESPONSE_SCHEMA) } },
  })
  readyz(@Res({ passthrough: true }) response: Response): ReadinessResponse {
    const answer = readiness({
      eventSocketConnected: this.esl.isConnected(),
      xmlStateRead: this.xmlState.isReady(),
      liveStateSynced: this.live.isSynced(),
      configurationCurrent: this.xmlState.rebuildFailure() === null,
      eventsCurrent: !this.lag.isBehind(),
      journalWritable: this.journal.isWritable(),
    });
    response.status(answer.ready ? 200 : 503);
    return answer;
  }
}
