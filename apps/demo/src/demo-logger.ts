import { ConsoleLogger } from '@nestjs/common';

/**
 * Nest's start-up chatter (a line per module, controller and route) and the counts of each
 * provisioning run, which would otherwise follow the banner.
 */
const QUIET_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
  'Provisioning',
]);

/**
 * The connector's log as the demo shows it: warnings and errors always, ordinary lines except those
 * of the quiet contexts, no debug or verbose lines (the synthetic callers' comings and goings).
 */
export class DemoLogger extends ConsoleLogger {
  constructor() {
    super({ logLevels: ['fatal', 'error', 'warn', 'log'] });
  }

  override log(message: unknown, context?: string): void {
    if (context !== undefined && QUIET_CONTEXTS.has(context)) return;
    super.log(message, context);
  }
}
