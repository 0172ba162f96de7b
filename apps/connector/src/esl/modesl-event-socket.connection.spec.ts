import { ESL_SUBSCRIPTION } from './esl.options';
import { FakeEslServer } from './test-support/fake-esl-server';
import {
  captureLogs,
  connectedSocket,
  startSocket,
  type StartedSocket,
} from './test-support/event-socket-harness';

describe('ModeslEventSocket connection', () => {
  let server: FakeEslServer;
  let started: StartedSocket | undefined;
  let logs: ReturnType<typeof captureLogs>;

  beforeEach(async () => {
    logs = captureLogs();
    server = await FakeEslServer.start();
  });

  afterEach(async () => {
    await started?.socket.close();
    started = undefined;
    await server.stop();
    jest.restoreAllMocks();
  });

  it('authenticates, then sends exactly the one subscription it needs', async () => {
    started = await connectedSocket(server);

    expect(server.commands.map((c) => c.line)).toEqual(['auth ClueCon', ESL_SUBSCRIPTION]);
    expect(ESL_SUBSCRIPTION).toBe(
      'event json BACKGROUND_JOB RELOADXML HEARTBEAT CUSTOM conference::maintenance sofia::register sofia::unregister sofia::expire',
    );
    expect(server.commands.some((c) => /\ball\b/i.test(c.line))).toBe(false);
    expect(started.states.states).toEqual(['disconnected', 'connecting', 'connected']);
    expect(started.socket.isConnected()).toBe(true);
    expect(logs.log).toContain(`Connected to FreeSWITCH at 127.0.0.1:${server.port}`);
  });

  it('replays the current state to a late subscriber', async () => {
    started = await connectedSocket(server);
    const seen: string[] = [];

    started.socket.connection$.subscribe((state) => seen.push(state)).unsubscribe();

    expect(seen).toEqual(['connected']);
  });

  it('reconnects after the server closes the connection', async () => {
    started = await connectedSocket(server);

    server.hangUpAll();
    await started.states.reached('connected', 2);

    expect(started.states.states).toEqual([
      'disconnected',
      'connecting',
      'connected',
      'disconnected',
      'connecting',
      'connected',
    ]);
    expect(server.commands.filter((c) => c.line.startsWith('auth')).length).toBe(2);
    expect(logs.warn.some((m) => m.startsWith('Disconnected from FreeSWITCH'))).toBe(true);
  });

  it('retries with doubling delays while the server is down and reconnects when it is back', async () => {
    started = await connectedSocket(server);
    const port = server.port;

    await server.stop();
    await started.states.reached('connecting', 6);
    await server.restart();
    await started.states.reached('connected', 2);

    expect(server.port).toBe(port);
    const delays = logs.log
      .map((m) => /in (\d+) ms/.exec(m)?.[1])
      .filter((d): d is string => d !== undefined)
      .map(Number);
    expect(delays.slice(0, 5)).toEqual([5, 10, 20, 40, 40]);
    expect(logs.warn.some((m) => m.includes('ECONNREFUSED'))).toBe(true);
  });

  it('starts the delays again from the shortest after a successful connection', async () => {
    started = await connectedSocket(server);

    for (let round = 2; round <= 4; round += 1) {
      server.hangUpAll();
      await started.states.reached('connected', round);
    }

    const delays = logs.log
      .filter((m) => m.startsWith('Reconnecting'))
      .map((m) => /in (\d+) ms/.exec(m)?.[1]);
    expect(delays).toEqual(['5', '5', '5']);
  });

  it('stays disconnected and keeps retrying when the password is wrong, never logging it', async () => {
    started = startSocket(server, { password: 'WrongPassword' });

    await server.waitForCommand((c) => c.line.startsWith('auth'), 3);

    expect(started.states.states).not.toContain('connected');
    expect(started.socket.isConnected()).toBe(false);
    expect(server.commands.every((c) => c.line === 'auth WrongPassword')).toBe(true);
    expect(logs.error[0]).toBe(
      `Authentication to FreeSWITCH at 127.0.0.1:${server.port} failed: -ERR invalid`,
    );
    const everything = [...logs.log, ...logs.warn, ...logs.error].join('\n');
    expect(everything).not.toContain('WrongPassword');
  });

  it('sends exit and closes the socket on close()', async () => {
    started = await connectedSocket(server);

    await started.socket.close();
    const exit = await server.waitForCommand((c) => c.line === 'exit');

    expect(server.commands.at(-1)).toBe(exit);
    expect(started.states.states.at(-1)).toBe('disconnected');
    expect(started.socket.isConnected()).toBe(false);
  });
});
