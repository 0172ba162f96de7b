import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';

/** GET /healthz and GET /readyz, without login. */
@Module({ controllers: [HealthController] })
export class HealthModule {}
