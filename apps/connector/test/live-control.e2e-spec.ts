import { existsSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { conferenceEvents, fireCaptured, type Caller } from './support/live-events';
import { isEvent, LiveTestClient, type Received } from './support/live-client';
import { eventually, startSystem, type TestSystem } from './support/system';

const LOGINS = {
  team: 'login=defaultuser:napw',
  friends: 'login=frienduser:pw21000',
  public: 'login=publicuser:pw22000',
} as const;
type Who = keyof typeof LOGINS;

const ann: Caller = { confid: '1', id: '20000', name: 'ann' };
const bob: Caller = { confid: '2', id: '21000', name: 'bob' };
const cy: Caller = { confid: '3', id: '22000', name: 'cy' };

interface Job {
  command: string;
  arg: string;
  body: string;
}

/**
 * A second Event Socket client of the simulator that sees every BACKGROUND_JOB (FreeSWITCH sends them
 * to every subscriber): the conference commands the connector sent, byte for byte, and their answers.
 */
class JobWatcher {
  readonly jobs: Job[] = [];
  private buffer = Buffer.alloc(0);
  private readonly waiters = new Set<() => void>();

  private constructor(private readonly socket: Socket) {}

  static open(port: number): Promise<JobWatcher> {
    const socket = connect(port, '127.0.0.1');
    const watcher = new JobWatcher(socket);
    return new Promise((resolve, reject) => {
      socket.once('error', reject);
      socket.on('data', (chunk) => {
        watcher.buffer = Buffer.concat([watcher.buffer, chunk]);
        for (let frame = watcher.frame(); frame; frame = watcher.frame()) {
          if (frame.type === 'auth/request') socket.write('auth ClueCon\n\n');
          if (frame.reply?.startsWith('+OK accepted')) socket.write('event json BACKGROUND_JOB\n\n');
          if (frame.reply?.startsWith('+OK event listener enabled json')) resolve(watcher);
          if (frame.type === 'text/event-json') watcher.record(JSON.parse(frame.body));
        }
      });
    });
  }

  /** The next job after `from` whose command line matches. */
  async next(match: (job: Job) => boolean, from = 0): Promise<Job> {
    for (;;) {
      const found = this.jobs.slice(from).find(match);
      if (found) return found;
      await new Promise<void>((resolve) => this.waiters.add(resolve));
    }
  }

  /** The conference commands other than the listings the connector reads the live state from. */
  conferenceArgs(): string[] {
    return this.jobs
      .filter((job) => job.command === 'conference' && job.arg !== 'json_list')
      .map((job) => job.arg);
  }

  close(): void {
    this.socket.end('exit\n\n');
  }

  private record(event: Record<string, string>): void {
    this.jobs.push({ command: event['Job-Command'], arg: event['Job-Command-Arg'] ?? '', body: event._body });
    this.waiters.forEach((wake) => wake());
    this.waiters.clear();
  }

  private frame(): { type?: string; reply?: string; body: string } | undefined {
    const end = this.buffer.indexOf('\n\n');
    if (end < 0) return undefined;
    const headers = Object.fromEntries(
      this.buffer
        .subarray(0, end)
        .toString('utf8')
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
    );
    const length = Number(headers['Content-Length'] ?? 0);
    if (this.buffer.length < end + 2 + length) return undefined;
    const body = this.buffer.subarray(end + 2, end + 2 + length).toString('utf8');
    this.buffer = this.buffer.subarray(end + 2 + length);
    return { type: headers['Content-Type'], reply: headers['Reply-Text'], body };
  }
}

describe('/api/live: conference control', () => {
  let system: TestSystem;
  let jobs: JobWatcher;
  const clients = {} as Record<Who, LiveTestClient>;
  const fire = () => conferenceEvents(system.simulator);
  const error = (who: Who, request: object) =>
    clients[who].ask(request, (m: Received) => m.event === 'error') as Promise<{ error: string }>;
  const pressKey = (conference: string, member: Caller, key: string, control: string) =>
    fireCaptured(
      system.simulator,
      { scenario: 'dtmf', subclass: 'conference::maintenance', action: 'dtmf' },
      {
        'Conference-Name': conference,
        'Member-ID': member.confid,
        'Caller-Caller-ID-Number': member.id,
        'Caller-Caller-ID-Name': member.name,
        'Caller-Username': undefined,
        'DTMF-Key': key,
        Data: control,
      },
    );
  const prompt = (rate: number, name: string) =>
    join(system.workspace.confDir, 'sounds', 'fscon', String(rate), `${name}.wav`);

  beforeAll(async () => {
    system = await startSystem({ LIVE_RECONCILE_MS: '0' });
    await eventually(async () => (await LiveTestClient.open(system.url, LOGINS.team)).close());
    for (const who of Object.keys(LOGINS) as Who[]) {
      clients[who] = await LiveTestClient.open(system.url, LOGINS[who]);
      await clients[who].ask({ req: 'init' }, (m) => m.event === 'reply');
    }
    jobs = await JobWatcher.open(system.simulator.port);
    fire().join('team_g722', ann);
    fire().join('friends_conf', bob);
    fire().join('public_conf', cy);
    await clients.team.next(isEvent('newConference', 'public_conf'));
  }, 60_000);
  afterAll(async () => {
    jobs?.close();
    await Promise.all(Object.values(clients).map((client) => client.close()));
    await system?.stop();
  });

  it('refuses controls before anything reaches FreeSWITCH', async () => {
    const refusals: [Who, object, string][] = [
      ['public', { req: 'exec', conference: 'public_conf', call: 'lock' }, 'users of context public may not control conferences'],
      ['friends', { req: 'exec', conference: 'team_g722', call: 'lock' }, 'conference team_g722 is not running'],
      ['friends', { req: 'memexec', conference: 'team_g722', call: 'kick', member: '1' }, 'conference team_g722 is not running'],
      ['team', { req: 'exec', conference: 'nosuch', call: 'kickall' }, 'conference nosuch is not running'],
      ['team', { req: 'exec', conference: 'a;b', call: 'lock' }, '"a;b" is not a conference name'],
      ['team', { req: 'memexec', conference: 'team_g722', call: 'kick', member: '99' }, 'member 99 is not in conference team_g722'],
      ['team', { req: 'exec', conference: 'team_g722', call: 'pauserec' }, 'conference team_g722 is not being recorded'],
      ['team', { req: 'exec', conference: 'team_g722', call: 'stoprec' }, 'conference team_g722 is not being recorded'],
    ]; // prettier-ignore
    for (const [who, request, message] of refusals) {
      expect(await error(who, request)).toEqual({ event: 'error', error: message });
    }
    const from = jobs.jobs.length;
    expect(await error('friends', { req: 'exec', conference: 'friends_conf', call: 'unlock' })).toEqual({
      event: 'error',
      error: '-ERR Conference friends_conf not found',
    });
    await jobs.next((job) => job.arg === 'friends_conf unlock', from);
    expect(jobs.jobs.slice(from).map((job) => job.arg)).toEqual(['friends_conf unlock']);
    expect(jobs.conferenceArgs()).toEqual(['friends_conf unlock']);
  });

  it.each([
    ['lock', 'lock'],
    ['unlock', 'unlock'],
    ['muteall', 'mute all'],
    ['kickall', 'kick all'],
  ])("sends exec %s as `conference <name> %s` and passes FreeSWITCH's refusal on", async (call, args) => {
    const from = jobs.jobs.length;
    const answer = await error('team', { req: 'exec', conference: 'team_g722', call });
    const job = await jobs.next((j) => j.command === 'conference', from);
    expect(job.arg).toBe(`team_g722 ${args}`);
    expect(answer).toEqual({ event: 'error', error: job.body.trim() });
    expect(answer.error).toBe('-ERR Conference team_g722 not found');
  });

  it.each(['mute', 'unmute', 'kick'])('sends memexec %s with the member id', async (call) => {
    const from = jobs.jobs.length;
    await error('friends', { req: 'memexec', conference: 'public_conf', call, member: '3' });
    expect((await jobs.next((j) => j.command === 'conference', from)).arg).toBe(`public_conf ${call} 3`);
  });

  it('starts a recording into the recordings folder under the conference name and the ISO time', async () => {
    const from = jobs.jobs.length;
    const before = new Date().toISOString();
    await error('team', { req: 'exec', conference: 'friends_conf', call: 'startrec' });
    const job = await jobs.next((j) => j.command === 'conference', from);
    const match = /^friends_conf recording start (.+)-(\d{4}-\d\d-\d\dT[\d:.]+Z)\.wav$/.exec(job.arg);
    expect(match?.[1]).toBe(join(system.workspace.recordingsDir, 'friends_conf'));
    expect(match![2] >= before && match![2] <= new Date().toISOString()).toBe(true);
  });

  it('answers a moderator key by playing the prompt at the rate of the conference', async () => {
    const from = jobs.jobs.length;
    pressKey('team_g722', ann, '5', 'checkrecording');
    const played = await jobs.next((j) => j.arg.startsWith('team_g722 play'), from);
    expect(played.arg).toBe(`team_g722 play ${prompt(16000, 'not-recording')}`);
    expect(existsSync(prompt(16000, 'not-recording'))).toBe(true);

    pressKey('public_conf', cy, '5', 'checkrecording');
    const public48k = await jobs.next((j) => j.arg.startsWith('public_conf play'), from);
    expect(public48k.arg).toBe(`public_conf play ${prompt(48000, 'not-recording')}`);
  });

  it('carries out a moderator key with the matching control, and no prompt when FreeSWITCH refuses it', async () => {
    const from = jobs.jobs.length;
    pressKey('team_g722', ann, '1', 'startrecording');
    pressKey('team_g722', ann, '6', 'conferencelock');
    const lock = await jobs.next((j) => j.arg === 'team_g722 lock', from);
    const sent = jobs.jobs.slice(from, jobs.jobs.indexOf(lock) + 1).map((job) => job.arg);
    expect(sent).toEqual([
      expect.stringMatching(/^team_g722 recording start \S+\/team_g722-\S+\.wav$/),
      'team_g722 lock',
    ]);
  });
});
