import { ESL_SUBSCRIPTION } from './esl.options';
import { FakeEslServer } from './test-support/fake-esl-server';
import {
  announcedDelays,
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

  it('given the port refuses connections, retries at the short interval, never sooner, until the server is back', async () => {
    started = await connectedSocket(server);
    const port = server.port;

    await server.stop();
    await started.states.reached('connecting', 8);
    await server.restart();
    await started.states.reached('connected', 2);

    expect(server.port).toBe(port);
    expect(logs.warn.some((m) => m.includes('ECONNREFUSED'))).toBe(true);
    const delays = announcedDelays(logs.warn);
    expect(delays.slice(0, 5)).toEqual([5, 10, 20, 20, 20]);
    expect(Math.min(...delays)).toBe(5);
    expect(Math.max(...delays)).toBe(20);
    expect(logs.log.at(-1)).toMatch(
      /^Connected to FreeSWITCH at 127\.0\.0\.1:\d+ after \d+\.\d s without a connection \(\d+ failed attempts?\)$/,
    );
  });

  it('starts the delays again from the shortest after a successful connection', async () => {
    started = await connectedSocket(server);

    for (let round = 2; round <= 4; round += 1) {
      server.hangUpAll();
      await started.states.reached('connected', round);
    }

    const disconnects = logs.warn.filter((m) => m.startsWith('Disconnected from FreeSWITCH'));
    expect(announcedDelays(disconnects)).toEqual([5, 5, 5]);
  });

  it('logs an outage once, and once more when connected again', async () => {
    started = await connectedSocket(server, { timings: { failureSummaryMs: 60_000 } });

    await server.stop();
    await started.states.reached('connecting', 8);
    await server.restart();
    await started.states.reached('connected', 2);

    expect(logs.warn).toEqual([
      `Disconnected from FreeSWITCH at 127.0.0.1:${server.port}: the connection was closed; reconnecting in 5 ms`,
    ]);
    expect(logs.log).toEqual([
      `Connected to FreeSWITCH at 127.0.0.1:${server.port}`,
      expect.stringMatching(/ after /),
    ]);
  });

  it('given a wrong password, backs off slowly up to the cap, never logging the password', async () => {
    started = startSocket(server, { password: 'WrongPassword' });

    await server.waitForCommand((c) => c.line.startsWith('auth'), 6);

    expect(started.states.states).not.toContain('connected');
    expect(started.socket.isConnected()).toBe(false);
    expect(server.commands.every((c) => c.line === 'auth WrongPassword')).toBe(true);
    expect(logs.error[0]).toBe(
      `Authentication to FreeSWITCH at 127.0.0.1:${server.port} failed: -ERR invalid; retrying in 10 ms`,
    );
    expect(announcedDelays(logs.error).slice(0, 5)).toEqual([10, 20, 40, 80, 80]);
    const everything = [...logs.log, ...logs.warn, ...logs.error].join('\n');
    expect(everything).not.toContain('WrongPassword');
  });

  it('given FreeSWITCH rejects the address, backs off slowly as after a wrong password', async () => {
    server.rejectEveryone();
    started = startSocket(server);

    await server.waitForPeers(4);

    expect(server.commands).toEqual([]);
    expect(started.states.states).not.toContain('connected');
    expect(logs.error[0]).toBe(
      `FreeSWITCH at 127.0.0.1:${server.port} rejected the connection: Access Denied, go away.; retrying in 10 ms`,
    );
    expect(announcedDelays(logs.error).slice(0, 3)).toEqual([10, 20, 40]);
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
