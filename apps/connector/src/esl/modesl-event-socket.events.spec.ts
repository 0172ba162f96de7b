import { readFileSync } from 'fs';
import { join } from 'path';
import { firstValueFrom, take, toArray } from 'rxjs';
import type { EslEvent } from './event-socket.port';
import { CAPTURES_DIR, capturedFrames, findFrame, type CapturedFrame } from './test-support/captured-frames';
import { FakeEslServer } from './test-support/fake-esl-server';
import { captureLogs, connectedSocket, type StartedSocket } from './test-support/event-socket-harness';

const conferencePlain = capturedFrames('conference', 'conference.plain');
const conferenceJson = capturedFrames('conference', 'conference.json');
const createdPlain = findFrame(conferencePlain, 'text/event-plain', 'Action="conference-create"');
const createdJson = findFrame(conferenceJson, 'text/event-json', 'Action="conference-create"');
const heartbeat = findFrame(conferenceJson, 'text/event-json', 'HEARTBEAT').bytes;
const withHeader = (frames: CapturedFrame[], header: string): CapturedFrame => {
  const frame = frames.find((f) => f.bytes.includes(header));
  if (!frame) {
    throw new Error(`no frame with ${header}`);
  }
  return frame;
};

describe('ModeslEventSocket events$', () => {
  let server: FakeEslServer;
  let started: StartedSocket;

  beforeEach(async () => {
    captureLogs();
    server = await FakeEslServer.start();
    started = await connectedSocket(server);
  });

  afterEach(async () => {
    await started.socket.close();
    await server.stop();
    jest.restoreAllMocks();
  });

  async function deliver(...frames: Buffer[]): Promise<EslEvent[]> {
    const events = firstValueFrom(started.socket.events$.pipe(take(frames.length), toArray()));
    server.openPeers[0]!.send(...frames);
    return events;
  }

  it('delivers a JSON conference::maintenance event with its name, subclass and headers', async () => {
    const [event] = await deliver(createdJson.bytes);

    expect(event.name).toBe('CUSTOM');
    expect(event.subclass).toBe('conference::maintenance');
    expect(event.headers).toMatchObject({
      'Event-Name': 'CUSTOM',
      Action: 'conference-create',
      'Conference-Name': 'team_g722',
      'Conference-Profile-Name': '16kHz-novideo',
    });
    expect(event.body).toBeUndefined();
  });

  it('decodes the URL-encoded values of a plain event into the same headers as the JSON one', async () => {
    expect(createdPlain.bytes.toString()).toContain('Event-Subclass: conference%3A%3Amaintenance');

    const [plain, json] = await deliver(createdPlain.bytes, createdJson.bytes);

    expect(plain.subclass).toBe('conference::maintenance');
    expect(plain.headers['Event-Date-Local']).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(plain.headers['Event-Date-GMT']).toMatch(/^Fri, 27 Nov 2026 \d\d:\d\d:\d\d GMT$/);
    expect(Object.values(plain.headers).some((value) => /%[0-9A-F]{2}/.test(value))).toBe(false);
    expect(Object.keys(plain.headers).sort()).toEqual(Object.keys(json.headers).sort());
  });

  it('decodes a plain sofia::register contact', async () => {
    const registration = capturedFrames('registration', 'registration.plain');

    const [event] = await deliver(findFrame(registration, 'text/event-plain', '"sofia::register"').bytes);

    expect(event.subclass).toBe('sofia::register');
    expect(event.headers['contact']).toBe('"" <sip:20001@127.0.0.1:5071;transport=UDP>');
  });

  it('gives a BACKGROUND_JOB its body, in plain as in JSON', async () => {
    const startupPlain = capturedFrames('startup', 'startup.plain');
    const startupJson = capturedFrames('startup', 'startup.json');
    const expected = readFileSync(join(CAPTURES_DIR, 'startup/outputs/xml_locate_directory.xml'), 'utf8');

    const [plain, json] = await deliver(
      findFrame(startupPlain, 'text/event-plain', 'Job-Command-Arg="directory"').bytes,
      findFrame(startupJson, 'text/event-json', 'Job-Command-Arg="directory"').bytes,
    );

    expect(plain.body).toBe(expected);
    expect(json.body).toBe(expected);
    expect(plain.headers).toMatchObject({ 'Job-Command': 'xml_locate', 'Job-Command-Arg': 'directory' });
  });

  it('writes an array header the same way for plain and JSON events', async () => {
    const plainFrame = withHeader(capturedFrames('profiles', 'profiles.plain'), 'variable_DP_MATCH: ARRAY');
    const jsonFrame = withHeader(capturedFrames('profiles', 'profiles.json'), '"variable_DP_MATCH":[');

    const [plain, json] = await deliver(plainFrame.bytes, jsonFrame.bytes);

    expect(plain.headers['variable_DP_MATCH']).toMatch(/^ARRAY::\d+\|:\d+$/);
    expect(json.headers['variable_DP_MATCH']).toMatch(/^ARRAY::\d+\|:\d+$/);
  });

  it('delivers each event once after several reconnects', async () => {
    for (let round = 2; round <= 4; round += 1) {
      server.hangUpAll();
      await started.states.reached('connected', round);
    }

    const events = await deliver(createdJson.bytes, heartbeat);

    expect(events.map((e) => e.name)).toEqual(['CUSTOM', 'HEARTBEAT']);
    expect(server.peers.length).toBe(4);
  });
});
