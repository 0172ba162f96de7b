import fc from 'fast-check';
import { ORIGINS } from './events/origins';
import { Simulator, startSimulator } from './simulator';
import { RawClient } from './test-support/raw-client';
import { events, eventsMatching, replies, send, session, text } from './test-support/session';
import { tinyConf, TinyConf } from './test-support/tiny-conf';

describe('Simulator over TCP', () => {
  let conf: TinyConf;
  let simulator: Simulator;
  const clients: RawClient[] = [];
  const open = async (...commands: string[]): Promise<RawClient> => {
    const client = await session(simulator.port, ...commands);
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    conf = tinyConf();
    simulator = await startSimulator({ confDir: conf.dir, heartbeatMs: 0 });
  });

  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy());
    await simulator.stop();
    conf.remove();
  });

  it('delivers BACKGROUND_JOB to every connection subscribed to it, not only the one that asked', async () => {
    const asking = await open('event plain BACKGROUND_JOB\n\n');
    const watching = await open('event json ALL\n\n');
    const other = await open('event plain HEARTBEAT\n\n');
    const reply = await send(asking, 'bgapi version short\n\n');
    const uuid = /Job-UUID: (.*)\n/.exec(text(reply))![1];
    const [plain] = await eventsMatching(asking, /Event-Name: BACKGROUND_JOB/);
    expect(text(plain)).toMatch(
      new RegExp(`Job-UUID: ${uuid}\nJob-Command: version\nJob-Command-Arg: short\n`),
    );
    expect(text(plain)).toMatch(/Content-Length: 7\n\n1\.11\.3\n$/);
    const [json] = await eventsMatching(watching, /"Event-Name":"BACKGROUND_JOB"/);
    expect(text(json)).toContain(`"Job-UUID":"${uuid}"`);
    await send(other, 'api version\n\n');
    expect(events(other.frames())).toEqual([]);
  });

  it('leaves commands unanswered while they are held, sending events meanwhile, and answers them after', async () => {
    const client = await open('event plain HEARTBEAT\n\n');
    const answered = replies(client.frames()).length;
    simulator.holdCommands(true);
    const answer = send(client, 'api version short\n\n');
    simulator.heartbeat();
    await eventsMatching(client, /Event-Name: HEARTBEAT/);
    expect(replies(client.frames())).toHaveLength(answered);
    simulator.holdCommands(false);
    expect(text(await answer)).toMatch(/Content-Type: api\/response\n[\s\S]*1\.11\.3\n$/);
    expect(text(client.frames().at(-1)!)).toContain('Content-Type: api/response');
  });

  it('accumulates subscriptions; after CUSTOM the words are subclasses', async () => {
    const client = await open(
      'event plain CUSTOM conference::maintenance\n\n',
      'event plain BACKGROUND_JOB\n\n',
    );
    for (const subclass of ['sofia::register', 'conference::maintenance']) {
      simulator.fireEvent(simulator.createEvent('CUSTOM', ORIGINS.api, subclass));
    }
    simulator.heartbeat();
    await send(client, 'bgapi status\n\n');
    await eventsMatching(client, /BACKGROUND_JOB/);
    expect(
      events(client.frames()).map(
        (frame) => /Event-Subclass: (.*)|Event-Name: (BACKG.*)/.exec(text(frame))?.[0],
      ),
    ).toEqual(['Event-Subclass: conference%3A%3Amaintenance', 'Event-Name: BACKGROUND_JOB']);
  });

  it('filters events by header value', async () => {
    const client = await open('event plain ALL\n\n');
    expect(text(await send(client, 'filter Event-Name BACKGROUND_JOB\n\n'))).toBe(
      'Content-Type: command/reply\nReply-Text: +OK filter added. [Event-Name]=[BACKGROUND_JOB]\n\n',
    );
    await send(client, 'bgapi version\n\n');
    await eventsMatching(client, /BACKGROUND_JOB/);
    await send(client, 'api version\n\n');
    expect(events(client.frames()).map((frame) => /Event-Name: (.*)/.exec(text(frame))![1])).toEqual([
      'BACKGROUND_JOB',
    ]);
  });

  it('survives garbage and clients that hang up in the middle of a command', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 4 }),
        async (authed, chunks) => {
          const client = authed ? await open() : await RawClient.connect(simulator.port);
          chunks.forEach((chunk) => client.send(Buffer.from(chunk)));
          client.send('api sta');
          client.destroy();
        },
      ),
      { numRuns: 30 },
    );
    const client = await open();
    expect(text(await send(client, 'api version\n\n'))).toContain('FreeSWITCH Version');
  });

  it('stop() says the system is shutting down and frees the port for a new simulator', async () => {
    const client = await open();
    const { port } = simulator;
    await simulator.stop();
    await client.untilClosed();
    expect(client.received.toString()).toMatch(
      /Content-Type: text\/disconnect-notice\nContent-Length: 31\n\nThe system is being shut down\.\n$/,
    );
    simulator = await startSimulator({ confDir: conf.dir, port, heartbeatMs: 0 });
    expect(simulator.port).toBe(port);
    expect(text(await send(await open(), 'api global_getvar domain\n\n'))).toMatch(/\n\nexample\.org$/);
  });

  it('sends HEARTBEAT and RE_SCHEDULE on its timer', async () => {
    await simulator.stop();
    simulator = await startSimulator({ confDir: conf.dir, heartbeatMs: 10 });
    const client = await open('event plain HEARTBEAT RE_SCHEDULE\n\n');
    const [heartbeat] = await eventsMatching(client, /Event-Name: HEARTBEAT/);
    expect(text(heartbeat)).toMatch(
      /Event-Calling-Function: send_heartbeat\n[^]*Event-Info: System%20Ready\n/,
    );
    const [schedule] = await eventsMatching(client, /Event-Name: RE_SCHEDULE/);
    expect(text(schedule)).toMatch(
      /Task-ID: 1\nTask-Desc: heartbeat\nTask-Group: core\nTask-Runtime: \d+\n\n$/,
    );
  });

  it('disconnects a client that sends nothing within the auth timeout', async () => {
    await simulator.stop();
    simulator = await startSimulator({ confDir: conf.dir, heartbeatMs: 0, authTimeoutMs: 10 });
    const client = await RawClient.connect(simulator.port);
    clients.push(client);
    await client.untilClosed();
    expect(client.received.toString()).toMatch(
      /^Content-Type: auth\/request\n\nContent-Type: text\/disconnect-notice\n/,
    );
  });

  it('runs api commands and reloads the configuration from code, like a client would', async () => {
    const client = await open('event plain RELOADXML API\n\n');
    expect(simulator.api('global_getvar domain')).toBe('example.org');
    conf.write(
      'freeswitch.xml',
      '<document>\n  <X-PRE-PROCESS cmd="set" data="domain=changed.org"/>\n</document>\n',
    );
    expect(simulator.reloadxml()).toBe('Success');
    expect(simulator.api('global_getvar domain')).toBe('changed.org');
    await eventsMatching(client, /Event-Name: (RELOADXML|API)\n/, 3);
  });

  it('answers bgapi reloadxml as FreeSWITCH does: RELOADXML before the BACKGROUND_JOB, none when refused', async () => {
    const client = await open('event plain RELOADXML BACKGROUND_JOB\n\n');
    await send(client, 'bgapi reloadxml\n\n');
    await eventsMatching(client, /Event-Name: BACKGROUND_JOB/);
    conf.write('directory/broken.xml', '<user id="1"\n');
    await send(client, 'bgapi reloadxml\n\n');
    await eventsMatching(client, /Event-Name: BACKGROUND_JOB/, 2);

    const fired = events(client.frames()).map((frame) => /Event-Name: (.*)\n/.exec(text(frame))![1]);
    expect(fired).toEqual(['RELOADXML', 'BACKGROUND_JOB', 'BACKGROUND_JOB']);
    const jobs = events(client.frames())
      .map(text)
      .filter((frame) => frame.includes('BACKGROUND_JOB'));
    expect(jobs[0]).toMatch(/\n\n\+OK \[Success\]\n$/);
    expect(jobs[1]).toMatch(/\n\n\+OK \[\[error near line \d+\]: missing >\]\n$/);
  });

  it("rejects a configuration that does not parse, with FreeSWITCH's message", async () => {
    conf.write('directory/broken.xml', '<user id="1"\n');
    await expect(startSimulator({ confDir: conf.dir })).rejects.toThrow(/\[error near line \d+\]: missing >/);
  });
});
