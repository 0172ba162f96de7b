import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Calls, ControlError } from './calls';

type Body = Record<string, unknown>;

/** What the control interface may do to the switch as a whole, beside the calls. */
export interface SwitchControl {
  /** Closes every Event Socket connection with FreeSWITCH's shutdown notice; new ones are accepted. */
  disconnectEventSockets(): void;
  /** Leaves every Event Socket command unanswered (true) until called with false. */
  holdCommands(held: boolean): void;
  /** Re-reads the configuration as `fs_cli -x reloadxml` would: "Success" or FreeSWITCH's error. */
  reloadxml(): string;
}

interface Controls {
  calls: Calls;
  control: SwitchControl;
}

type Route = (body: Body, controls: Controls) => Promise<unknown>;

const MAX_BODY_BYTES = 64 * 1024;

const text = (body: Body, name: string): string => {
  const value = body[name];
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  throw new ControlError(`${name} is required`);
};
const memberId = (body: Body): number => Number(text(body, 'memberId'));
const optional = (body: Body, name: string): string | undefined =>
  body[name] === undefined ? undefined : text(body, name);
const flag = (body: Body, name: string): boolean => {
  const value = body[name];
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new ControlError(`${name} must be true or false`);
};

const ROUTES: Record<string, Route> = {
  'POST /join': (body, { calls }) =>
    calls.join({
      number: text(body, 'number'),
      user:
        typeof body.user === 'object' && body.user !== null
          ? (body.user as { id: string })
          : text(body, 'user'),
      via: body.via === 'sip' ? 'sip' : 'loopback',
      context: optional(body, 'context'),
      pin: optional(body, 'pin'),
    }),
  'POST /leave': (body, { calls }) => calls.leave(memberId(body)),
  'POST /talk': (body, { calls }) =>
    calls.talk(memberId(body), body.talking === undefined ? true : flag(body, 'talking')),
  'POST /key': (body, { calls }) => calls.pressKey(memberId(body), text(body, 'key')),
  'POST /register': (body, { calls }) =>
    calls.register({
      user: text(body, 'user'),
      contact: optional(body, 'contact'),
      expires: body.expires === undefined ? undefined : Number(body.expires),
    }),
  'POST /unregister': (body, { calls }) => calls.unregister(text(body, 'user')),
  'POST /expire': (body, { calls }) => calls.expire(text(body, 'user')),
  'GET /members': async (_body, { calls }) => calls.members(),
  'GET /played': async (body, { calls }) => {
    const member = optional(body, 'member');
    return calls.playedFiles(text(body, 'conference'), member === undefined ? undefined : Number(member));
  },
  'POST /disconnect': async (_body, { control }) => control.disconnectEventSockets(),
  'POST /hold': async (body, { control }) => control.holdCommands(flag(body, 'held')),
  'POST /reloadxml': async (_body, { control }) => ({ result: control.reloadxml() }),
};

/**
 * The control interface over HTTP on loopback, JSON in and out: POST /join, /leave, /talk (with
 * `{"talking":false}` the member falls silent), /key, /register, /unregister, /expire; GET /members,
 * /played?conference=NAME[&member=ID] (to one member); for the switch as a whole
 * POST /disconnect, /hold `{"held":true|false}`, /reloadxml. Errors answer 400 `{error}`.
 */
export class HttpFront {
  private constructor(private readonly server: Server) {}

  static listen(controls: Controls, host: string, port: number): Promise<HttpFront> {
    const server = createServer((request, response) => void handle(request, response, controls));
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve(new HttpFront(server)));
    });
  }

  get url(): string {
    const { address, port } = this.server.address() as AddressInfo;
    return `http://${address}:${port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

async function handle(request: IncomingMessage, response: ServerResponse, controls: Controls): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const route = ROUTES[`${request.method ?? 'GET'} ${url.pathname}`];
  const reply = (status: number, body: unknown): void => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(body === undefined ? '{}' : JSON.stringify(body));
  };
  if (!route) return reply(404, { error: `no route ${request.method ?? ''} ${url.pathname}` });
  try {
    const body = { ...Object.fromEntries(url.searchParams), ...(await readJson(request)) };
    reply(200, await route(body, controls));
  } catch (error) {
    reply(400, { error: error instanceof Error ? error.message : String(error) });
  }
}

async function readJson(request: IncomingMessage): Promise<Body> {
  let data = '';
  for await (const chunk of request) {
    data += String(chunk);
    if (data.length > MAX_BODY_BYTES) throw new ControlError('body too large');
  }
  if (data.trim() === '') return {};
  const parsed: unknown = JSON.parse(data);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ControlError('JSON object expected');
  return parsed as Body;
}
