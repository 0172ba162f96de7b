#!/usr/bin/env node
// Makes every fscon_ metric move against a running demo (npm run demo), failures included, and prints
// the samples that moved, before and after. Plain Node, nothing to build. See README "Metrics".
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  asSession,
  digestGet,
  openLive,
  scrape,
  send,
  sessionLogin,
  until,
} from './metrics-tour/clients.mjs';

const BASE = process.env.FSCON_URL ?? 'http://127.0.0.1:8080';
const METRICS = process.env.METRICS_URL ?? 'http://127.0.0.1:9464/metrics';
const TOKEN = process.env.METRICS_TOKEN;
const ADMIN = {
  name: process.env.FSCON_USER ?? 'defaultuser',
  password: process.env.FSCON_PASSWORD ?? 'napw',
};
/** The simulator demo's configuration copy, where a broken file makes FreeSWITCH refuse a reload. */
const DEMO_CONF =
  process.env.FSCON_DEMO_CONF ?? join(import.meta.dirname, '..', 'var', 'demo', 'etc-freeswitch');
const TEAM_LIVE = `login=${ADMIN.name}:${ADMIN.password}`;
/** The demo simulator's control interface (DEMO_CONTROL_PORT); absent with a real switch. */
const SWITCH = process.env.SIM_CONTROL_URL ?? 'http://127.0.0.1:8088';

const say = (text) => process.stdout.write(`• ${text}\n`);

/** Wrong passwords of each way from an address of its own and an unknown name, until the budget refuses them. */
async function failedLogins() {
  const address = `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(2, 255)}`;
  const name = `tour-${randomBytes(3).toString('hex')}`;
  const digest = () => digestGet(BASE, '/api/users', name, 'wrong', address);
  const statuses = [
    (await digest()).status,
    (await sessionLogin(BASE, name, 'wrong', address)).status,
    (await openLive(BASE, `login=${name}:wrong`, address)).status,
  ];
  for (let status = 0; status !== 429 && statuses.length < 20;)
    statuses.push((status = (await digest()).status));
  statuses.push((await sessionLogin(BASE, name, 'wrong', address)).status);
  statuses.push((await openLive(BASE, `login=${name}:wrong`, address)).status);
  say(
    `logins as ${name} from ${address} (digest, session, live, digest until refused, session, live): ${statuses.join(' ')}`,
  );
}

/** A write FreeSWITCH refuses (a broken file planted in the demo's configuration), one it accepts, a 400. */
async function adminWrites(cookie) {
  const user = {
    name: `tour-${randomBytes(3).toString('hex')}`,
    email: 'tour@example.org',
    context: 'public',
  };
  const planted = join(DEMO_CONF, 'directory', 'team', '29999.xml');
  if (existsSync(join(DEMO_CONF, 'directory'))) {
    writeFileSync(planted, '<include>\n  <user id="29999"\n</include>\n');
    try {
      const refused = await asSession(BASE, cookie, '/api/users/add', [user]);
      say(
        `add user with a broken file in ${DEMO_CONF}: ${refused.status}, failed: ${refused.json.failed?.[0]?.error}`,
      );
    } finally {
      rmSync(planted, { force: true });
    }
  } else {
    say(`no ${DEMO_CONF} (a real switch?): skipping the write FreeSWITCH refuses`);
  }
  const added = await asSession(BASE, cookie, '/api/users/add', [user]);
  const id = added.json.done?.[0]?.id;
  say(`add user ${user.name}: ${added.status}, id ${id}`);
  if (id !== undefined)
    say(`delete it: ${(await asSession(BASE, cookie, '/api/users/del', [{ id }])).status}`);
  say(`add with a bad body: ${(await asSession(BASE, cookie, '/api/users/add', '[{"name": 5}]')).status}`);
  say(`GET /api/users/rebuild: ${(await asSession(BASE, cookie, '/api/users/rebuild')).status}`);
  say(`GET /no/such/page: ${(await send(`${BASE}/no/such/page`)).status}`);
}

/** A resume with nothing missed, one that gets the missed deltas, one from another server run. */
async function resumes() {
  const live = await openLive(BASE, TEAM_LIVE, '127.0.0.1');
  live.socket.send(JSON.stringify({ req: 'init' }));
  await until(() => live.received.some((m) => m.reply === 'init'));
  const { seq } = live.received.find((m) => m.reply === 'init');
  live.socket.send(JSON.stringify({ req: 'init', since: seq }));
  say('waiting for a delta of the synthetic callers (a few seconds)...');
  const delta = await until(() => live.received.some((m) => m.seq > seq), 30_000);
  const again = await openLive(BASE, TEAM_LIVE, '127.0.0.1');
  again.socket.send(JSON.stringify({ req: 'init', since: seq }));
  again.socket.send(JSON.stringify({ req: 'init', since: 5 }));
  await until(() => again.received.some((m) => m.reply === 'init'));
  say(
    `resumes: since the last seq (current), since ${seq} after ${delta ? 'a delta (hit)' : 'no delta (current)'}, since 5 (miss)`,
  );
  live.socket.close();
  again.socket.close();
}

/** A client that asks for snapshot after snapshot and reads none, until the server closes it. */
async function clientNotReading() {
  const slow = await openLive(BASE, TEAM_LIVE, '127.0.0.1');
  slow.socket.pause();
  let closed = false;
  slow.socket.once('close', () => (closed = true));
  for (let i = 0; i < 200_000 && !closed; i++) {
    slow.socket.send('{"req":"init"}');
    if (i % 200 === 199) await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await until(() => closed, 10_000);
  say(
    `a client that does not read: ${closed ? 'closed by the server' : 'still open (LIVE_QUEUE_BYTES not reached)'}`,
  );
}

const control = (path, body = {}) =>
  send(`${SWITCH}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const sample = async (name) => (await scrape(METRICS, TOKEN)).get(name) ?? 0;

/** Polls a sample until `check(value)` holds, at most `ms`; returns whether it did. */
async function sampleUntil(name, check, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check(await sample(name))) return true;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return false;
}

/** The simulator drops the Event Socket connection (as a FreeSWITCH restart does); the connector comes back. */
async function switchAway() {
  const gauge = 'fscon_event_socket_connected';
  await control('/disconnect');
  const down = await sampleUntil(gauge, (value) => value === 0, 2_000);
  const up = await sampleUntil(gauge, (value) => value === 1, 10_000);
  say(`the switch dropped the Event Socket: ${gauge} 1 → ${down ? '0 → ' : ''}${up ? 1 : 'still 0'}`);
}

/**
 * The simulator leaves commands unanswered: an outside reloadxml's read and a user write's reloadxml get
 * no answer within ESL_TIMEOUT_MS (10 s by default), so a rebuild, a reloadxml and the write fail; the
 * switch answers again once the reloadxml has failed, and the write is taken back.
 */
async function switchStalls(cookie) {
  const user = {
    name: `tour-${randomBytes(3).toString('hex')}`,
    email: 'tour@example.org',
    context: 'public',
  };
  say('the switch stops answering commands (ESL_TIMEOUT_MS, 10 s by default)...');
  await control('/hold', { held: true });
  try {
    await control('/reloadxml');
    const write = asSession(BASE, cookie, '/api/users/add', [user]);
    await sampleUntil('fscon_reloadxml_total{result="failed"}', (value) => value > 0, 30_000);
    await control('/hold', { held: false });
    const answer = await write;
    say(
      `an outside reloadxml and add user ${user.name} while it stalled: ${answer.status} ${answer.json.error ?? ''}`,
    );
  } finally {
    await control('/hold', { held: false });
  }
}

/** A client that answers no ping, until the server closes it (LIVE_PING_MS, 30 s by default, twice at most). */
async function clientNotAnsweringPings() {
  const deaf = await openLive(BASE, TEAM_LIVE, '127.0.0.1', { autoPong: false });
  let closed = false;
  deaf.socket.once('close', () => (closed = true));
  say('a client that answers no ping (up to two LIVE_PING_MS, 60 s by default)...');
  await until(() => closed, 65_000);
  say(`a client that answers no ping: ${closed ? 'closed by the server' : 'still open'}`);
}

/** The name of a sample's metric: `fscon_x_seconds` for `fscon_x_seconds_count`, `fscon_y_total` for `fscon_y_total{a="b"}`. */
const metricOf = (sample) => sample.replace(/\{.*$/, '').replace(/_(bucket|sum|count)$/, '');

const UNMOVABLE = {
  fscon_event_socket_connected: 'it went to 0 and back while the switch was away (above)',
};

function printMoved(before, after) {
  const moved = [...after].filter(
    ([name, value]) => !name.includes('_bucket{') && value !== (before.get(name) ?? 0),
  );
  const width = Math.max(...moved.map(([name]) => name.length));
  process.stdout.write(
    `\n${moved.length} fscon_ samples moved, histogram buckets left out (curl -s ${METRICS} | grep '^fscon_'):\n`,
  );
  process.stdout.write(`${'sample'.padEnd(width)}  ${'before'.padStart(12)}  ${'after'.padStart(12)}\n`);
  for (const [name, value] of moved) {
    const was = before.get(name) ?? 0;
    process.stdout.write(
      `${name.padEnd(width)}  ${String(+was.toFixed(6)).padStart(12)}  ${String(+value.toFixed(6)).padStart(12)}\n`,
    );
  }
  const still = [...new Set([...after.keys()].map(metricOf))].filter(
    (metric) => !moved.some(([name]) => metricOf(name) === metric),
  );
  for (const metric of still) {
    process.stdout.write(`not moved: ${metric} (${UNMOVABLE[metric] ?? 'see README "Metrics"'})\n`);
  }
}

const before = await scrape(METRICS, TOKEN);
const { cookie } = await sessionLogin(BASE, ADMIN.name, ADMIN.password, '127.0.0.1');
if (cookie === undefined) throw new Error(`cannot log in to ${BASE} as ${ADMIN.name}`);
const watching = await openLive(BASE, TEAM_LIVE, '127.0.0.1');
say('a live client stays open until the end (fscon_live_clients)');
await failedLogins();
await adminWrites(cookie);
await resumes();
await clientNotReading();
const simulated = (await control('/hold', { held: false }).catch(() => ({ status: 0 }))).status === 200;
if (simulated) {
  await switchAway();
  await switchStalls(cookie);
} else {
  say(`no simulator control at ${SWITCH} (SIM_CONTROL_URL): the switch's outage and stall are left out`);
}
await clientNotAnsweringPings();
await new Promise((resolve) => setTimeout(resolve, 200));
printMoved(before, await scrape(METRICS, TOKEN));
watching.socket.close();
