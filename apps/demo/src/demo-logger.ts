import { ConsoleLogger } from '@nestjs/common';

/** Nest's start-up chatter: a line per module, controller and route. */
const START_UP_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

/**
 * The connector's log as the demo shows it: warnings and errors always, ordinary lines except Nest's
 * start-up chatter, no debug or verbose lines (the synthetic callers' comings and goings).
 */
export class DemoLogger extends ConsoleLogger {
  constructor() {
    super({ logLevels: ['fatal', 'error', 'warn', 'log'] });
  }

  override log(message: unknown, context?: string): void {
    if (context !== undefined && START_UP_CONTEXTS.has(context)) return;
    super.log(message, context);
  }
}
