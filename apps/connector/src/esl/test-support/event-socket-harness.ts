import { Logger } from '@nestjs/common';
import { filter, firstValueFrom } from 'rxjs';
import type { EslTimings } from '../esl.options';
import type { EslConnectionState, EventSocket } from '../event-socket.port';
import { ModeslEventSocket } from '../modesl-event-socket';
import type { FakeEslServer } from './fake-esl-server';

/**
 * Reconnect delays of a few milliseconds, so tests that reconnect stay fast, different for the two
 * kinds of failure; every failed attempt is logged (a summary each time), so specs can read the delays.
 */
export const FAST_TIMINGS: Partial<EslTimings> = {
  reconnectWhileDownMs: 5,
  reconnectWhileDownMaxMs: 20,
  reconnectInitialMs: 10,
  reconnectMaxMs: 80,
  failureSummaryMs: 0,
};

/** The delay each logged failure announced (`... retrying in N ms`), in order. */
export function announcedDelays(messages: readonly string[]): number[] {
  return messages.flatMap((message) => {
    const delay = /(?:retrying|reconnecting) in (\d+) ms$/.exec(message)?.[1];
    return delay === undefined ? [] : [Number(delay)];
  });
}

/** Every state the socket went through, and a way to wait for one. */
export class StateRecorder {
  readonly states: EslConnectionState[] = [];

  constructor(private readonly socket: EventSocket) {
    socket.connection$.subscribe((state) => this.states.push(state));
  }

  /** Resolves once the socket has entered `state` `count` times in all. */
  async reached(state: EslConnectionState, count = 1): Promise<void> {
    const entered = (): number => this.states.filter((s) => s === state).length;
    await firstValueFrom(this.socket.connection$.pipe(filter(() => entered() >= count)));
  }
}

export type LogLevel = 'log' | 'warn' | 'error';

/** Silences NestJS's Logger and keeps what was logged, by level. */
export function captureLogs(): Record<LogLevel, string[]> {
  const logs: Record<LogLevel, string[]> = { log: [], warn: [], error: [] };
  const keep = (level: LogLevel) => (message: unknown) => {
    logs[level].push(String(message));
  };
  jest.spyOn(Logger.prototype, 'log').mockImplementation(keep('log'));
  jest.spyOn(Logger.prototype, 'warn').mockImplementation(keep('warn'));
  jest.spyOn(Logger.prototype, 'error').mockImplementation(keep('error'));
  return logs;
}

export interface StartedSocket {
  socket: ModeslEventSocket;
  states: StateRecorder;
}

/** A started adapter pointed at the fake server; `close()` it at the end of the test. */
export function startSocket(
  server: FakeEslServer,
  overrides: { password?: string; commandTimeoutMs?: number; timings?: Partial<EslTimings> } = {},
): StartedSocket {
  const socket = new ModeslEventSocket(
    {
      host: '127.0.0.1',
      port: server.port,
      password: overrides.password ?? 'ClueCon',
      commandTimeoutMs: overrides.commandTimeoutMs,
    },
    { ...FAST_TIMINGS, ...overrides.timings },
  );
  const states = new StateRecorder(socket);
  socket.start();
  return { socket, states };
}

/** Starts an adapter and waits until it is connected. */
export async function connectedSocket(
  server: FakeEslServer,
  overrides: Parameters<typeof startSocket>[1] = {},
): Promise<StartedSocket> {
  const started = startSocket(server, overrides);
  await started.states.reached('connected');
  return started;
}
