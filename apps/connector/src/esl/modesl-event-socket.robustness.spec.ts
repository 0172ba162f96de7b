import { EslError } from './esl.errors';
import { capturedFrames, findFrame } from './test-support/captured-frames';
import type { FakeEslPeer } from './test-support/fake-esl-peer';
import { FakeEslServer } from './test-support/fake-esl-server';
import { captureLogs, connectedSocket, type StartedSocket } from './test-support/event-socket-harness';

const conferencePlain = capturedFrames('conference', 'conference.plain');
const conferenceJson = capturedFrames('conference', 'conference.json');
const createdPlain = findFrame(conferencePlain, 'text/event-plain', 'Action="conference-create"').bytes;
const createdJson = findFrame(conferenceJson, 'text/event-json', 'Action="conference-create"').bytes;
const directoryJob = findFrame(
  capturedFrames('startup', 'startup.json'),
  'text/event-json',
  'directory',
).bytes;

/** The frame with its first `from` replaced by `to` of the same length, so Content-Length stays right. */
function corrupt(frame: Buffer, from: string | RegExp, to: string): Buffer {
  const text = frame.toString('latin1');
  const changed = text.replace(from, to);
  expect(changed).not.toBe(text);
  expect(changed.length).toBe(text.length);
  return Buffer.from(changed, 'latin1');
}

describe('ModeslEventSocket against a misbehaving peer', () => {
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

  /** Lets the peer misbehave, then checks that the adapter dropped that connection and came back. */
  async function expectReconnectAfter(
    { socket, states }: StartedSocket,
    misbehave: (peer: FakeEslPeer) => void,
  ): Promise<void> {
    const peer = server.openPeers[0]!;
    const events: string[] = [];
    socket.events$.subscribe((event) => events.push(event.name));

    misbehave(peer);
    await peer.closed;
    await states.reached('connected', 2);

    expect(states.states.slice(-3)).toEqual(['disconnected', 'connecting', 'connected']);
    expect(server.openPeers.length).toBe(1);
    expect(events).toEqual([]);
  }

  it('drops the connection on garbage bytes', async () => {
    started = await connectedSocket(server);
    const everyByte = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

    await expectReconnectAfter(started, (peer) => peer.send(everyByte, '\n\n'));

    expect(logs.warn.at(-1)).toContain('a header line is not "Name: value"');
    expect(logs.warn.at(-1)).toMatch(/; reconnecting in 10 ms$/);
  });

  it('drops the connection on a long run of blank lines (which overflows modesl’s recursive parser)', async () => {
    started = await connectedSocket(server);
    await expectReconnectAfter(started, (peer) => peer.send('\n'.repeat(200_000)));

    expect(logs.warn.at(-1)).toContain('a header line is not');
  });

  it('drops the connection on a plain event with a malformed escape (a URIError inside modesl)', async () => {
    started = await connectedSocket(server);
    await expectReconnectAfter(started, (peer) => peer.send(corrupt(createdPlain, '%20', '%E9')));

    expect(logs.warn.at(-1)).toContain('URI malformed');
  });

  it('drops the connection on a JSON event that is not JSON', async () => {
    started = await connectedSocket(server);
    await expectReconnectAfter(started, (peer) => peer.send(corrupt(createdJson, '{', '<')));

    expect(logs.warn.at(-1)).toContain('JSON');
  });

  it('drops the connection on a Content-Length that is not a number', async () => {
    started = await connectedSocket(server);
    await expectReconnectAfter(started, (peer) =>
      peer.send(corrupt(createdJson, /Content-Length: \d/, 'Content-Length: x')),
    );

    expect(logs.warn.at(-1)).toContain('bad Content-Length');
  });

  it('rejects a waiting command and reconnects when the peer closes in the middle of a frame', async () => {
    started = await connectedSocket(server);
    const waiting = started.socket.api('status').catch((error: unknown) => error);

    await expectReconnectAfter(started, (peer) => peer.sendAndClose(directoryJob.subarray(0, 300)));

    const error = await waiting;
    expect(logs.warn.at(-1)).toMatch(/: the connection was closed; reconnecting in 5 ms$/);
    expect(error).toBeInstanceOf(EslError);
    expect((error as EslError).code).toBe('ESL.DISCONNECTED');
  });

  it('drops a connection whose announced body never arrives, once nothing has come for the idle timeout', async () => {
    started = await connectedSocket(server, { timings: { idleTimeoutMs: 250 } });

    await expectReconnectAfter(started, (peer) => peer.send(directoryJob.subarray(0, 300)));

    expect(logs.warn).toContain(
      `Disconnected from FreeSWITCH at 127.0.0.1:${server.port}: nothing received for 250 ms; reconnecting in 10 ms`,
    );
  });
});
