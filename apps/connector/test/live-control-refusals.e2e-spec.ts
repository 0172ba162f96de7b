import { connect, type Socket } from 'node:net';
import { conferenceEvents, type Caller } from './support/live-events';
import { isEvent, LiveTestClient, type Received } from './support/live-client';
import { eventually, startSystem, type TestSystem } from './support/system';

const LOGINS = {
  team: 'login=defaultuser:napw',
  friends: 'login=frienduser:pw21000',
  public: 'login=publicuser:pw22000',
} as const;
type Who = keyof typeof LOGINS;

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

describe('/api/live: conference controls refused', () => {
  let system: TestSystem;
  let jobs: JobWatcher;
  const clients = {} as Record<Who, LiveTestClient>;
  const error = (who: Who, request: object) =>
    clients[who].ask(request, (m: Received) => m.event === 'error') as Promise<{
      error: string;
      code: string;
    }>;

  beforeAll(async () => {
    system = await startSystem({ LIVE_RECONCILE_MS: '0' });
    await eventually(async () => (await LiveTestClient.open(system.url, LOGINS.team)).close());
    for (const who of Object.keys(LOGINS) as Who[]) {
      clients[who] = await LiveTestClient.open(system.url, LOGINS[who]);
      await clients[who].ask({ req: 'init' }, (m) => m.event === 'reply');
    }
    jobs = await JobWatcher.open(system.simulator.port);
    await system.simulator.calls.join({ number: '30000', user: '20000' });
    await system.simulator.calls.join({ number: '32000', user: '22000' });
    await clients.team.next(isEvent('newConference', 'public_conf'));
  }, 60_000);
  afterAll(async () => {
    jobs?.close();
    await Promise.all(Object.values(clients).map((client) => client.close()));
    await system?.stop();
  });

  it('refuses controls before anything reaches FreeSWITCH', async () => {
    const [moderator] = system.simulator.calls.members().filter((m) => m.conference === 'team_g722');
    const member = String(moderator.memberId);
    const refusals: [Who, object, string, string][] = [
      ['public', { req: 'exec', conference: 'public_conf', call: 'lock' }, 'users of context public may not control conferences', 'LIVE.FORBIDDEN'],
      ['friends', { req: 'exec', conference: 'team_g722', call: 'lock' }, 'conference team_g722 is not running', 'LIVE.CONFERENCE_NOT_FOUND'],
      ['friends', { req: 'memexec', conference: 'team_g722', call: 'kick', member }, 'conference team_g722 is not running', 'LIVE.CONFERENCE_NOT_FOUND'],
      ['team', { req: 'exec', conference: 'nosuch', call: 'kickall' }, 'conference nosuch is not running', 'LIVE.CONFERENCE_NOT_FOUND'],
      ['team', { req: 'exec', conference: 'a;b', call: 'lock' }, '"a;b" is not a conference name', 'LIVE.INVALID'],
      ['team', { req: 'memexec', conference: 'team_g722', call: 'kick', member: '99' }, 'member 99 is not in conference team_g722', 'LIVE.MEMBER_NOT_FOUND'],
      ['team', { req: 'exec', conference: 'team_g722', call: 'pauserec' }, 'conference team_g722 is not being recorded', 'LIVE.CONFLICT'],
      ['team', { req: 'exec', conference: 'team_g722', call: 'resumerec' }, 'conference team_g722 is not being recorded', 'LIVE.CONFLICT'],
      ['team', { req: 'exec', conference: 'team_g722', call: 'stoprec' }, 'conference team_g722 is not being recorded', 'LIVE.CONFLICT'],
    ]; // prettier-ignore
    for (const [who, request, message, code] of refusals) {
      expect(await error(who, request)).toEqual({ event: 'error', error: message, code });
    }
    const from = jobs.jobs.length;
    const locked = clients.friends.next(isEvent('lock', 'public_conf'));
    clients.friends.send({ req: 'exec', conference: 'public_conf', call: 'lock' });
    await locked;
    await jobs.next((job) => job.arg === 'public_conf lock', from);
    expect(jobs.conferenceArgs()).toEqual(['public_conf lock']);
  });

  it('passes on the failure FreeSWITCH reports', async () => {
    const ghost: Caller = { confid: '77', id: '20001', name: 'ghost' };
    conferenceEvents(system.simulator).join('ghost_conf', ghost);
    await clients.team.next(isEvent('newConference', 'ghost_conf'));
    const from = jobs.jobs.length;
    expect(await error('team', { req: 'exec', conference: 'ghost_conf', call: 'muteall' })).toEqual({
      event: 'error',
      error: '-ERR Conference ghost_conf not found',
      code: 'LIVE.FREESWITCH_FAILED',
    });
    const job = await jobs.next((j) => j.arg === 'ghost_conf mute all', from);
    expect(job.body).toBe('-ERR Conference ghost_conf not found\n');
    expect(clients.team.received.find(isEvent('muteAll', 'ghost_conf'))).toBeUndefined();
  });
});
