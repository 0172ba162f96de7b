import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ESL_LAG_OPTIONS, EventSocketLag } from './event-socket-lag';

/** EventSocketLag for readiness (and whatever else reads it), probing as ESL_LAG_PROBE_MS says. */
@Global()
@Module({
  providers: [
    { provide: ESL_LAG_OPTIONS, useFactory: (config: AppConfig) => config.eslLag, inject: [APP_CONFIG] },
    EventSocketLag,
  ],
  exports: [EventSocketLag],
})
export class EventSocketLagModule {}
