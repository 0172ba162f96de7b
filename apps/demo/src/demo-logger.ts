import pino, { type DestinationStream } from 'pino';
import pretty from 'pino-pretty';
import { JsonLogger } from '../../connector/src/logging/json-logger';

/**
 * Nest's start-up chatter (a line per module, controller and route), the line per HTTP request and the
 * counts of each provisioning run, which would otherwise bury the banner and the live sockets' lines.
 */
const QUIET_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
  'HTTP',
  'Provisioning',
]);

/**
 * On a terminal, one readable line per entry; otherwise the connector's JSON lines as they are.
 * `output`: stdout unless given.
 */
export function demoLogDestination(
  terminal = process.stdout.isTTY === true,
  output: NodeJS.WritableStream | undefined = undefined,
): DestinationStream {
  if (!terminal) return output ?? pino.destination({ dest: 1, sync: true });
  return pretty({
    destination: output ?? 1,
    colorize: terminal,
    sync: true,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'context',
    messageFormat: '{if context}[{context}] {end}{msg}',
  });
}

/**
 * The connector's log as the demo shows it: warnings and errors always, ordinary lines except those
 * of the quiet contexts, no debug or trace lines (the synthetic callers' comings and goings).
 */
export class DemoLogger extends JsonLogger {
  constructor(destination: DestinationStream = demoLogDestination()) {
    super('info', destination);
  }

  override log(message: unknown, ...params: unknown[]): void {
    const context = params.at(-1);
    if (typeof context === 'string' && QUIET_CONTEXTS.has(context)) return;
    super.log(message, ...params);
  }
}
