import { Module, type DynamicModule, type FactoryProvider, type ModuleMetadata } from '@nestjs/common';
import { ESL_OPTIONS, type EslOptions } from './esl.options';
import { EventSocket } from './event-socket.port';
import { ModeslEventSocket } from './modesl-event-socket';
import { EventSocketMetrics } from '../metrics/metrics.ports';

export interface EslModuleAsyncOptions {
  imports?: ModuleMetadata['imports'];
  useFactory: (...args: never[]) => EslOptions | Promise<EslOptions>;
  inject?: FactoryProvider['inject'];
}

/**
 * Provides the one EventSocket of the application (global, so every feature module can inject it).
 * It starts connecting when the application has bootstrapped and closes when the module is destroyed.
 */
@Module({})
export class EslModule {
  static forRootAsync(options: EslModuleAsyncOptions): DynamicModule {
    return {
      global: true,
      module: EslModule,
      imports: options.imports ?? [],
      providers: [
        { provide: ESL_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] },
        {
          provide: EventSocket,
          useFactory: (eslOptions: EslOptions, metrics?: EventSocketMetrics) =>
            new ModeslEventSocket(eslOptions, {}, metrics),
          inject: [ESL_OPTIONS, { token: EventSocketMetrics, optional: true }],
        },
      ],
      exports: [EventSocket, ESL_OPTIONS],
    };
  }
}
