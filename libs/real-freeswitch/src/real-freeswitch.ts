import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installTestCertificates } from './certificates';
import { freeRtpRange, freeSipPort, freeTcpPort } from './free-ports';
import type { Installation } from './installation';
import { installationLayout } from './layout';
import { guardAgainstOrphan } from './orphan-guard';
import { runFsCli } from './fs-cli';
// by path: the realfs project's global setup loads this file without the @fscon/* module mapping
import { setSwitchVars } from '../../fs-xml/src/switch-vars/set-switch-vars';

export interface SwitchPorts {
  eventSocket: number;
  sip: number;
  tls: number;
  wss: number;
  rtpStart: number;
  rtpEnd: number;
}

export interface RealFreeswitchOptions {
  installation: Installation;
  /** Configuration folders laid one over the other into the switch's conf folder (etc-freeswitch first). */
  configuration: readonly string[];
  /** Where the TLS test certificate is kept between runs. */
  cacheDir: string;
  /** Further global variables for vars.xml. */
  vars?: Readonly<Record<string, string>>;
  /** How long start() waits for the Event Socket. */
  startTimeoutMs?: number;
  /** The Event Socket password (ClueCon unless given). */
  password?: string;
  /** Ports to use instead of free ones chosen at launch. */
  ports?: SwitchPorts;
}

const PASSWORD = 'ClueCon';
const RTP_PORTS = 200;
const FOLDERS = ['log', 'db', 'run', 'certs', 'sounds', 'recordings', 'storage', 'cache', 'temp'] as const;
type Folder = (typeof FOLDERS)[number];

/**
 * A real FreeSWITCH in a folder of its own, on free loopback ports: its configuration is a copy of the
 * given folders with a vars.xml that binds everything to 127.0.0.1 and these ports. It can be stopped
 * and started again on the same ports and files.
 */
export class RealFreeswitch {
  readonly password: string;
  readonly confDir: string;
  readonly recordingsDir: string;
  readonly logFile: string;
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();

  private constructor(
    private readonly options: RealFreeswitchOptions,
    readonly root: string,
    readonly ports: SwitchPorts,
  ) {
    this.password = options.password ?? PASSWORD;
    this.confDir = join(root, 'conf');
    this.recordingsDir = this.folder('recordings');
    this.logFile = join(this.folder('log'), 'freeswitch.log');
  }

  /** Lays out a new switch and starts it; resolves once its Event Socket answers. */
  static async launch(options: RealFreeswitchOptions): Promise<RealFreeswitch> {
    const root = mkdtempSync(join(tmpdir(), 'fscon-realfs-'));
    const ports = options.ports ?? (await freeSwitchPorts());
    const freeswitch = new RealFreeswitch(options, root, ports);
    try {
      freeswitch.layOut();
      await freeswitch.start();
    } catch (error) {
      await freeswitch.remove();
      throw error;
    }
    return freeswitch;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the switch (again) on its ports; resolves once the Event Socket answers `status`. */
  async start(): Promise<void> {
    if (this.child) throw new Error('FreeSWITCH is already running');
    const layout = installationLayout(this.options.installation.home);
    const output = openSync(join(this.root, 'console.log'), 'a');
    const child = spawn(layout.binary, this.commandLine(), {
      env: { ...process.env, LD_LIBRARY_PATH: layout.libraries },
      stdio: ['ignore', output, output],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    void this.exited.then(() => {
      if (this.child === child) this.child = undefined;
    });
    guardAgainstOrphan(child);
    await this.untilAnswering(this.options.startTimeoutMs ?? 30_000);
  }

  /** Stops the switch: SIGTERM lets it shut down as it would in production, SIGKILL is a crash. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill(signal);
    const killLater = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(killLater);
  }

  /** `api <command>` through fs_cli; resolves with the answer's body. */
  api(command: string): Promise<string> {
    return runFsCli(this.options.installation.home, this.ports.eventSocket, this.password, command);
  }

  /** FreeSWITCH's own log lines at WARNING level and above. */
  problems(): string[] {
    return this.log()
      .split('\n')
      .filter((line) => /\[(WARNING|ERR|CRIT|ALERT)\]/.test(line));
  }

  log(): string {
    try {
      return readFileSync(this.logFile, 'utf8');
    } catch {
      return '';
    }
  }

  /** Stops the switch at once and deletes its folder. */
  async remove(): Promise<void> {
    await this.stop('SIGKILL');
    rmSync(this.root, { recursive: true, force: true });
  }

  private folder(name: Folder): string {
    return join(this.root, name);
  }

  private layOut(): void {
    FOLDERS.forEach((name) => mkdirSync(this.folder(name), { recursive: true }));
    this.options.configuration.forEach((source) => cpSync(source, this.confDir, { recursive: true }));
    installTestCertificates(this.folder('certs'), this.options.cacheDir);
    const varsFile = join(this.confDir, 'vars.xml');
    const vars = {
      es_listen_ip: '127.0.0.1',
      es_listen_port: String(this.ports.eventSocket),
      es_pw: this.password,
      internal_sip_port: String(this.ports.sip),
      internal_tls_port: String(this.ports.tls),
      wss_binding: `:${this.ports.wss}`,
      rtp_start_port: String(this.ports.rtpStart),
      rtp_end_port: String(this.ports.rtpEnd),
      recordings_dir: this.recordingsDir,
      ...this.options.vars,
    };
    const text = setSwitchVars(readFileSync(varsFile, 'utf8'), vars, { local_ip_v4: '127.0.0.1' });
    writeFileSync(varsFile, text);
  }

  private commandLine(): string[] {
    const { home } = this.options.installation;
    const folders = FOLDERS.flatMap((name) => [`-${name}`, this.folder(name)]);
    return ['-nf', '-nc', '-nonat', '-base', home, '-mod', installationLayout(home).modules,
      '-conf', this.confDir, ...folders]; // prettier-ignore
  }

  private async untilAnswering(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.child) throw new Error(`FreeSWITCH exited while starting:\n${this.tail()}`);
      const status = await this.api('status').catch(() => '');
      if (status.includes('is ready')) return this.ensureItIsThisSwitch();
      if (Date.now() > deadline) {
        await this.stop('SIGKILL');
        throw new Error(`FreeSWITCH did not answer within ${timeoutMs} ms:\n${this.tail()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * A switch that finds its Event Socket port taken keeps running without it, and whatever holds the
   * port answers instead (another test's switch that chose the same free port at the same moment).
   */
  private async ensureItIsThisSwitch(): Promise<void> {
    const confDir = (await this.api('global_getvar conf_dir')).trim();
    if (confDir === this.confDir) return;
    await this.stop('SIGKILL');
    throw new Error(
      `another FreeSWITCH answers on 127.0.0.1:${this.ports.eventSocket} (its conf_dir is ${confDir})`,
    );
  }

  private tail(): string {
    const console = readFileSync(join(this.root, 'console.log'), 'utf8');
    return [...console.split('\n'), ...this.log().split('\n')].slice(-30).join('\n');
  }
}

/** Free loopback ports for a switch. */
export async function freeSwitchPorts(): Promise<SwitchPorts> {
  const rtp = await freeRtpRange(RTP_PORTS);
  return {
    eventSocket: await freeTcpPort(),
    sip: await freeSipPort(),
    tls: await freeTcpPort(),
    wss: await freeTcpPort(),
    rtpStart: rtp.start,
    rtpEnd: rtp.end,
  };
}
