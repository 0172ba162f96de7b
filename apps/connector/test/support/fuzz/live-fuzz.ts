import WebSocket from 'ws';
import { MAX_CLIENT_FRAME_BYTES } from '../../../src/live/live-options';
import { liveFrame, type Frame } from './frames';
import type { FuzzRun } from './fuzz-run';
import type { Login } from './logins';
import { rawRequest, type RawAnswer } from './raw-http';
import { sample } from './seeds';
import { upgradeVariant } from './upgrades';
import { percentEncoded } from './values';

export const LIVE_ROUTE = 'WS /api/live';
export const LIVE_FRAMES = 'WS /api/live frames';
const ANSWER_TIMEOUT_MS = 5000;

/** The head of a WebSocket upgrade of `target`, with extra or replaced headers. */
export function upgradeRequest(
  url: string,
  target: string,
  headers: [string, string][],
  localAddress: string,
): Promise<RawAnswer> {
  const defaults: [string, string][] = [
    ['Connection', 'Upgrade'],
    ['Upgrade', 'websocket'],
    ['Sec-WebSocket-Version', '13'],
    ['Sec-WebSocket-Key', 'dGhlIHNhbXBsZSBub25jZQ=='],
  ];
  const names = new Set(headers.map(([name]) => name.toLowerCase()));
  const merged = [...defaults.filter(([name]) => !names.has(name.toLowerCase())), ...headers];
  return rawRequest(url, { method: 'GET', target, headers: merged, localAddress });
}

/** What a received message is, for the summary: `reply init`, `error wrong protocol`, `newXML`. */
function outcomeOf(data: WebSocket.RawData): string {
  const message = JSON.parse(String(data)) as { event?: string; reply?: string; error?: string };
  if (message.event === 'reply') return `reply ${message.reply}`;
  if (message.event === 'error') return `error ${(message.error ?? '').slice(0, 40)}`;
  return message.event ?? 'unknown';
}

/**
 * Opens a live socket with `query`, sends every frame, then `{"req":"initreg"}`, and waits for its reply:
 * the socket must still be open and answering. Each message received is tallied; problems go to the run.
 */
export async function sendFrames(
  run: FuzzRun,
  url: string,
  login: { name: string; query: string; address: string },
  frames: Frame[],
): Promise<void> {
  const from = run.mark();
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/api/live?${login.query}`, {
    localAddress: login.address,
  });
  const closed = new Promise<string>((resolve) => socket.on('close', (code) => resolve(`closed ${code}`)));
  socket.on('error', () => undefined);
  const opened = await Promise.race([
    new Promise<boolean>((resolve) => socket.once('open', () => resolve(true))),
    closed.then(() => false),
  ]);
  const fuzzCase = { route: LIVE_FRAMES, login: login.name, label: `${frames.length} frames` };
  if (!opened) {
    run.checkLog(fuzzCase, from, ['the live socket did not open']);
    return;
  }
  const answered = new Promise<string>((resolve) =>
    socket.on('message', (data) => {
      const outcome = outcomeOf(data);
      run.note(LIVE_FRAMES, outcome);
      if (outcome === 'reply initreg') resolve('answered');
    }),
  );
  frames.forEach((frame) => socket.send(frame.data, { binary: Buffer.isBuffer(frame.data) }));
  frames.forEach(() => run.note(LIVE_FRAMES, 'sent'));
  socket.send(JSON.stringify({ req: 'initreg' }));
  const timeout = new Promise<string>((resolve) =>
    setTimeout(() => resolve('no answer in time'), ANSWER_TIMEOUT_MS),
  );
  const end = await Promise.race([answered, closed, timeout]);
  socket.terminate();
  const labels = frames.map(({ label }) => label.slice(0, 60)).join(' | ');
  run.checkLog({ ...fuzzCase, label: labels }, from, end === 'answered' ? [] : [`after the frames: ${end}`]);
}

/** Frames the protocol ends a socket for: larger than the server takes, or text that is not UTF-8. */
export const FATAL_FRAMES: { label: string; data: Buffer; code: number }[] = [
  { label: 'frame over the limit', data: Buffer.alloc(MAX_CLIENT_FRAME_BYTES + 1, 0x20), code: 1009 },
  { label: 'text frame that is not UTF-8', data: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), code: 1007 },
];

/** Sends one fatal frame as text: the server must close the socket with the frame's code and log no fault. */
export async function sendFatalFrame(
  run: FuzzRun,
  url: string,
  login: { name: string; query: string; address: string },
  frame: (typeof FATAL_FRAMES)[number],
): Promise<void> {
  const from = run.mark();
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/api/live?${login.query}`, {
    localAddress: login.address,
  });
  socket.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(frame.data, { binary: false });
  const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(0), ANSWER_TIMEOUT_MS));
  const code = await Promise.race([closed, timeout]);
  socket.terminate();
  run.note(LIVE_FRAMES, `closed ${code}`);
  const wrong = code === frame.code ? [] : [`closed with ${code}, not ${frame.code}`];
  run.checkLog({ route: LIVE_FRAMES, login: login.name, label: frame.label }, from, wrong);
}

/** Cases per login and seed: upgrade requests, and frames sent over an open socket (in batches of 8). */
const RUNS = { upgrades: 3, frames: 24 };

/**
 * Fuzzes /api/live as one login: upgrades with odd paths, queries and headers (made-up credentials
 * from `stranger()` addresses), then, for a login that opens a socket, frames of every kind and the
 * fatal ones.
 */
export async function fuzzLive(
  run: FuzzRun,
  url: string,
  login: Login,
  seed: number,
  stranger: () => string,
) {
  const { credentials } = login;
  const ownQuery = credentials && `login=${percentEncoded(`${credentials.user}:${credentials.password}`)}`;
  for (const variant of sample(upgradeVariant(ownQuery), seed, RUNS.upgrades, 'upgrade', login.name)) {
    const address = variant.ownLogin ? login.address : stranger();
    await run.run({
      route: LIVE_ROUTE,
      login: login.name,
      label: variant.label,
      writes: false,
      send: () => upgradeRequest(url, variant.target, variant.headers, address),
    });
  }
  if (login.name === 'wrong' || ownQuery === undefined) return;
  const frames = sample(liveFrame, seed, RUNS.frames, 'frames', login.name);
  const target = { name: login.name, query: ownQuery, address: login.address };
  for (let at = 0; at < frames.length; at += 8) await sendFrames(run, url, target, frames.slice(at, at + 8));
  for (const frame of FATAL_FRAMES) await sendFatalFrame(run, url, target, frame);
}
