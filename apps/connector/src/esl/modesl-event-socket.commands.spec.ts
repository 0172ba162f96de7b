import { readFileSync } from 'fs';
import { join } from 'path';
import { EslError } from './esl.errors';
import { ModeslEventSocket } from './modesl-event-socket';
import { CAPTURES_DIR, capturedFrames, findFrame, withJobUuid } from './test-support/captured-frames';
import type { ReceivedCommand } from './test-support/fake-esl-peer';
import { FakeEslServer } from './test-support/fake-esl-server';
import { HANDSHAKE_FRAMES } from './test-support/handshake-frames';
import { captureLogs, connectedSocket, type StartedSocket } from './test-support/event-socket-harness';

const startup = capturedFrames('startup', 'startup.json');
const errors = capturedFrames('errors', 'errors.json');
const versionResponse = findFrame(startup, 'api/response', 'FreeSWITCH Version').bytes;
const statusResponse = findFrame(startup, 'api/response', 'UP 0 years').bytes;
const apiEvent = findFrame(startup, 'text/event-json', 'API').bytes;
const jsonListReply = findFrame(startup, 'command/reply', '8898078b');
const jsonListJob = findFrame(startup, 'text/event-json', 'Job-Command-Arg="json_list"');
const directoryJob = findFrame(startup, 'text/event-json', 'Job-Command-Arg="directory"').bytes;
const reloadReply = findFrame(startup, 'command/reply', 'e7075c87');
const reloadJob = findFrame(startup, 'text/event-json', 'Job-Command="reloadxml"');
const output = (file: string): string => readFileSync(join(CAPTURES_DIR, 'startup/outputs', file), 'utf8');
const jobOf = (command: ReceivedCommand): string => command.headers['Job-UUID'];

async function rejection(promise: Promise<unknown>): Promise<EslError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof EslError)) {
    throw new Error(`expected an EslError, got ${String(error)}`);
  }
  return error;
}

describe('ModeslEventSocket commands', () => {
  let server: FakeEslServer;
  let started: StartedSocket;

  beforeEach(async () => {
    captureLogs();
    server = await FakeEslServer.start();
    started = await connectedSocket(server, { commandTimeoutMs: 2_000 });
  });

  afterEach(async () => {
    await started.socket.close();
    await server.stop();
    jest.restoreAllMocks();
  });

  it('api resolves with the response body', async () => {
    server.on('api version', ({ peer }) => peer.send(versionResponse));

    await expect(started.socket.api('version')).resolves.toBe(output('version.txt'));
  });

  it('api resolves with an -ERR body as FreeSWITCH sent it', async () => {
    server.on('api conference nosuch lock', ({ peer }) =>
      peer.send(findFrame(errors, 'api/response', '-ERR Conference nosuch').bytes),
    );

    await expect(started.socket.api('conference nosuch lock')).resolves.toBe(
      '-ERR Conference nosuch not found\n',
    );
  });

  it('bgapi sends a Job-UUID and resolves with the body of its own BACKGROUND_JOB among other events', async () => {
    server.on('bgapi conference json_list', (command) =>
      command.peer.send(
        directoryJob,
        withJobUuid(jsonListReply, jobOf(command)),
        apiEvent,
        withJobUuid(jsonListJob, jobOf(command)),
      ),
    );

    await expect(started.socket.bgapi('conference json_list')).resolves.toBe(
      output('conference_json_list_empty.txt'),
    );
    const sent = await server.waitForCommand((c) => c.line === 'bgapi conference json_list');
    expect(jobOf(sent)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('bgapi calls running together each get their own result, whatever order the jobs finish in', async () => {
    server.on('bgapi conference json_list', (command) =>
      command.peer.send(withJobUuid(jsonListReply, jobOf(command))),
    );
    server.on('bgapi reloadxml', (command) => command.peer.send(withJobUuid(reloadReply, jobOf(command))));
    const jsonList = started.socket.bgapi('conference json_list');
    const reload = started.socket.bgapi('reloadxml');
    const [first, second] = await Promise.all([
      server.waitForCommand((c) => c.line === 'bgapi conference json_list'),
      server.waitForCommand((c) => c.line === 'bgapi reloadxml'),
    ]);

    second.peer.send(withJobUuid(reloadJob, jobOf(second)), withJobUuid(jsonListJob, jobOf(first)));

    await expect(reload).resolves.toBe(output('reloadxml_bgapi.txt'));
    await expect(jsonList).resolves.toBe('[]');
  });

  it('bgapi resolves even when its BACKGROUND_JOB comes before the command reply', async () => {
    server.on('bgapi reloadxml', (command) =>
      command.peer.send(withJobUuid(reloadJob, jobOf(command)), withJobUuid(reloadReply, jobOf(command))),
    );

    await expect(started.socket.bgapi('reloadxml')).resolves.toBe('+OK [Success]\n');
  });

  it('bgapi rejects with ESL.COMMAND_FAILED when FreeSWITCH refuses the command', async () => {
    server.on('bgapi reloadxml', ({ peer }) => peer.send(HANDSHAKE_FRAMES.authRejected));

    const error = await rejection(started.socket.bgapi('reloadxml'));

    expect(error.code).toBe('ESL.COMMAND_FAILED');
    expect(error.message).toContain('-ERR invalid');
  });

  it('rejects with ESL.TIMEOUT when no answer comes in time, and later answers still find their command', async () => {
    const late = await rejection(started.socket.api('status', { timeoutMs: 20 }));
    expect(late.code).toBe('ESL.TIMEOUT');

    server.on('api version', ({ peer }) => peer.send(statusResponse, versionResponse));

    await expect(started.socket.api('version')).resolves.toBe(output('version.txt'));
  });

  it('applies the configured default timeout to bgapi', async () => {
    await started.socket.close();
    started = await connectedSocket(server, { commandTimeoutMs: 30 });
    server.on('bgapi reloadxml', (command) => command.peer.send(withJobUuid(reloadReply, jobOf(command))));

    expect((await rejection(started.socket.bgapi('reloadxml'))).code).toBe('ESL.TIMEOUT');
  });

  it('rejects a command with a line break with ESL.COMMAND_FAILED and sends nothing', async () => {
    const sentBefore = server.commands.length;

    const errorsSeen = await Promise.all([
      rejection(started.socket.api('status\n\nexit')),
      rejection(started.socket.bgapi('reloadxml\rexit')),
    ]);

    expect(errorsSeen.map((e) => e.code)).toEqual(['ESL.COMMAND_FAILED', 'ESL.COMMAND_FAILED']);
    server.on('api version', ({ peer }) => peer.send(versionResponse));
    await started.socket.api('version');
    expect(server.commands.slice(sentBefore).map((c) => c.line)).toEqual(['api version']);
  });

  it('rejects waiting commands with ESL.DISCONNECTED when the server closes the connection', async () => {
    const api = rejection(started.socket.api('status'));
    const bgapi = rejection(started.socket.bgapi('reloadxml'));
    await server.waitForCommand((c) => c.line === 'bgapi reloadxml');

    server.hangUpAll();

    expect((await api).code).toBe('ESL.DISCONNECTED');
    expect((await bgapi).code).toBe('ESL.DISCONNECTED');
  });

  it('rejects with ESL.NOT_CONNECTED while disconnected', async () => {
    await server.stop();
    await started.states.reached('disconnected', 2);

    expect((await rejection(started.socket.api('version'))).code).toBe('ESL.NOT_CONNECTED');
    expect((await rejection(started.socket.bgapi('reloadxml'))).code).toBe('ESL.NOT_CONNECTED');
  });

  it('rejects with ESL.NOT_CONNECTED before it is started', async () => {
    const idle = new ModeslEventSocket({ host: '127.0.0.1', port: server.port, password: 'ClueCon' });

    expect((await rejection(idle.api('version'))).code).toBe('ESL.NOT_CONNECTED');
    await idle.close();
  });
});
