import { createServer, type Server } from 'net';
import { FakeEslPeer, type ReceivedCommand } from './fake-esl-peer';
import { HANDSHAKE_FRAMES } from './handshake-frames';

type Script = { matches: (command: ReceivedCommand) => boolean; act: (command: ReceivedCommand) => void };

/**
 * A scripted Event Socket server on a free loopback port. It answers the handshake with real frames
 * (auth/request, `+OK accepted` or `-ERR invalid` + disconnect notice, `+OK event listener enabled json`,
 * `exit`); every other command goes to the scripts given with on(), or gets no answer. After
 * rejectEveryone() it greets like FreeSWITCH's ACL refusing the address, and closes.
 */
export class FakeEslServer {
  readonly commands: ReceivedCommand[] = [];
  readonly peers: FakeEslPeer[] = [];
  private readonly scripts: Script[] = [];
  private waiters: Array<() => boolean> = [];
  private server: Server;
  private rejecting = false;

  private constructor(
    private readonly password: string,
    private listenPort: number,
  ) {
    this.server = this.createServer();
  }

  static async start(password = 'ClueCon'): Promise<FakeEslServer> {
    const fake = new FakeEslServer(password, 0);
    await fake.listen();
    return fake;
  }

  get port(): number {
    return this.listenPort;
  }

  get openPeers(): FakeEslPeer[] {
    return this.peers.filter((peer) => peer.open);
  }

  /** Runs `act` for each command whose first line equals `line` (or matches the predicate). */
  on(line: string | ((command: ReceivedCommand) => boolean), act: (command: ReceivedCommand) => void): this {
    const matches = typeof line === 'string' ? (command: ReceivedCommand) => command.line === line : line;
    this.scripts.push({ matches, act });
    return this;
  }

  /** Resolves with the `count`-th command (counting from the start) that satisfies the predicate. */
  waitForCommand(predicate: (command: ReceivedCommand) => boolean, count = 1): Promise<ReceivedCommand> {
    return this.waitFor(() => this.commands.filter(predicate)[count - 1]);
  }

  /** Resolves once `count` connections have been accepted in all. */
  waitForPeers(count: number): Promise<FakeEslPeer> {
    return this.waitFor(() => this.peers[count - 1]);
  }

  /** Every later connection is refused with a rude rejection and a disconnect notice. */
  rejectEveryone(): void {
    this.rejecting = true;
  }

  /** Drops every open connection. */
  hangUpAll(): void {
    this.openPeers.forEach((peer) => peer.destroy());
  }

  /** Stops listening and drops every connection; restart() listens again on the same port. */
  async stop(): Promise<void> {
    this.hangUpAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  async restart(): Promise<void> {
    this.server = this.createServer();
    await this.listen();
  }

  private waitFor<T>(find: () => T | undefined): Promise<T> {
    return new Promise((resolve) => {
      const check = (): boolean => {
        const found = find();
        if (found !== undefined) {
          resolve(found);
        }
        return found !== undefined;
      };
      if (!check()) {
        this.waiters.push(check);
      }
    });
  }

  private changed(): void {
    this.waiters = this.waiters.filter((check) => !check());
  }

  private createServer(): Server {
    return createServer((socket) => {
      const peer = new FakeEslPeer(socket);
      this.peers.push(peer);
      socket.on('error', () => undefined);
      socket.on('close', () => this.changed());
      let pending = '';
      socket.on('data', (chunk) => {
        pending += chunk.toString('utf8');
        for (let end = pending.indexOf('\n\n'); end !== -1; end = pending.indexOf('\n\n')) {
          this.receive(pending.slice(0, end), peer);
          pending = pending.slice(end + 2);
        }
      });
      if (this.rejecting) {
        peer.sendAndClose(HANDSHAKE_FRAMES.rudeRejection, HANDSHAKE_FRAMES.disconnectNotice);
      } else {
        peer.send(HANDSHAKE_FRAMES.authRequest);
      }
      this.changed();
    });
  }

  private listen(): Promise<void> {
    return new Promise((resolve) =>
      this.server.listen(this.listenPort, '127.0.0.1', () => {
        const address = this.server.address();
        this.listenPort = typeof address === 'object' && address ? address.port : this.listenPort;
        resolve();
      }),
    );
  }

  private receive(text: string, peer: FakeEslPeer): void {
    const [line, ...headerLines] = text.split('\n');
    const headers = Object.fromEntries(
      headerLines.map((h) => [h.slice(0, h.indexOf(': ')), h.slice(h.indexOf(': ') + 2)]),
    );
    const command: ReceivedCommand = { line, headers, peer };
    this.commands.push(command);
    this.answer(command);
    this.changed();
  }

  private answer(command: ReceivedCommand): void {
    const { line, peer } = command;
    if (line.startsWith('auth ')) {
      if (line === `auth ${this.password}`) {
        peer.send(HANDSHAKE_FRAMES.authAccepted);
      } else {
        peer.sendAndClose(HANDSHAKE_FRAMES.authRejected, HANDSHAKE_FRAMES.disconnectNotice);
      }
    } else if (line.startsWith('event ')) {
      peer.send(HANDSHAKE_FRAMES.listenerEnabled);
    } else if (line === 'exit') {
      peer.sendAndClose(HANDSHAKE_FRAMES.bye, HANDSHAKE_FRAMES.disconnectNotice);
    } else {
      this.scripts.find((script) => script.matches(command))?.act(command);
    }
  }
}
