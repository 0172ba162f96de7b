import { setTimeout as sleep } from 'node:timers/promises';
import { conferenceEvents } from './support/live-events';
import { LiveTestClient, type Received } from './support/live-client';
import { clientFrom } from './support/from-address';
import { jsonRequests } from './support/json-requests';
import { metricsUrl, parseExposition, scrape } from './support/metrics-scrape';
import { rawApi } from './support/raw-esl';
import { eventually, startSystem, type TestSystem } from './support/system';

const TEAM = 'login=defaultuser:napw';

describe('/metrics on its own listener', () => {
  let system: TestSystem;
  const { request, ok } = jsonRequests(() => system);
  const metric = async (name: string) => (await scrape(system.app))(name);
  /** Runs `cause` and expects the sample to have grown by `by` (at least, with `atLeast`). */
  const moves = async (name: string, cause: () => Promise<unknown>, by = 1) => {
    const before = await metric(name);
    await cause();
    await eventually(async () => expect((await metric(name)) - before).toBeGreaterThanOrEqual(by));
  };

  beforeAll(async () => {
    system = await startSystem(
      { LIVE_RECONCILE_MS: '0', LIVE_QUEUE_BYTES: '65536', ESL_TIMEOUT_MS: '500' },
      { relay: true },
    );
    await eventually(async () => expect((await request('/api/users')).status).toBe(200));
  }, 60_000);
  afterAll(() => system?.stop());

  it('serves the Prometheus text format there, with the process metrics, and not on the main port', async () => {
    const response = await fetch(metricsUrl(system.app));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const samples = parseExposition(await response.text());
    expect(samples.get('fscon_event_socket_connected')).toBe(1);
    expect(samples.get('process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(samples.has('nodejs_eventloop_lag_seconds')).toBe(true);

    const main = await fetch(`${system.url}/metrics`);
    expect(main.status).toBe(404);
    expect(await main.text()).not.toContain('fscon_');
    expect((await fetch(metricsUrl(system.app).replace('/metrics', '/other'))).status).toBe(404);
  });

  it('counts Event Socket events by kind and the lag to their deltas', async () => {
    const client = await LiveTestClient.open(system.url, TEAM);
    await client.ask({ req: 'init' }, (m) => m.event === 'reply');
    const before = await scrape(system.app);
    conferenceEvents(system.simulator).join('team_g722', { confid: '71', id: '20001', name: 'Ann' });
    await client.next((m: Received) => m.event === 'newMember' || m.event === 'newConference');
    await eventually(async () => {
      const after = await scrape(system.app);
      for (const name of [
        'fscon_event_socket_events_total{kind="conference::add-member"}',
        'fscon_live_event_lag_seconds_count',
        'fscon_live_deltas_total',
        'fscon_live_frames_sent_total{context="team"}',
      ]) {
        expect(after(name)).toBeGreaterThan(before(name));
      }
      expect(after('fscon_live_sent_bytes_total{context="team"}')).toBeGreaterThan(
        before('fscon_live_sent_bytes_total{context="team"}'),
      );
      expect(after('fscon_live_clients{context="team"}')).toBe(1);
    });
    await client.close();
    await eventually(async () => expect(await metric('fscon_live_clients{context="team"}')).toBe(0));
  });

  it('counts resumes that got the missed deltas, a snapshot, or nothing to miss', async () => {
    const client = await LiveTestClient.open(system.url, TEAM);
    const { seq } = (await client.ask({ req: 'init' }, (m) => m.event === 'reply')) as { seq: number };
    await moves('fscon_live_resumes_total{result="current"}', () =>
      client.ask({ req: 'init', since: seq }, (m) => m.event === 'reply'),
    );
    conferenceEvents(system.simulator).lock('team_g722');
    await client.next((m) => m.event === 'lock');
    const again = await LiveTestClient.open(system.url, TEAM);
    await moves('fscon_live_resumes_total{result="hit"}', async () => {
      again.send({ req: 'init', since: seq });
      await again.next((m) => m.event === 'lock');
    });
    await moves('fscon_live_resumes_total{result="miss"}', () =>
      again.ask({ req: 'init', since: 5 }, (m) => m.event === 'reply'),
    );
    await Promise.all([client.close(), again.close()]);
  });

  it('counts clients closed for not reading', async () => {
    const stalled = await LiveTestClient.open(system.url, TEAM);
    stalled.socket.pause();
    const events = conferenceEvents(system.simulator);
    const name = 'n'.repeat(32 * 1024);
    const dropped = 'fscon_live_clients_closed_total{reason="not_reading"}';
    const before = await metric(dropped);
    for (let i = 0; (await metric(dropped)) === before; i++) {
      for (let j = 0; j < 20; j++) {
        events.join('team_g722', { confid: String(2000 + i * 20 + j), id: '20002', name: `${j}-${name}` });
      }
      await sleep(20);
    }
    stalled.socket.resume();
    expect((await stalled.closed).code).toBe(1006);
  });

  it('counts failed logins by way, and the refusals of the failure budget', async () => {
    const stranger = clientFrom('127.0.0.51', system.url);
    await moves('fscon_login_failures_total{way="digest"}', () =>
      stranger.digest('/api/users', 'defaultuser', 'wrong'),
    );
    await moves('fscon_login_failures_total{way="session"}', () => stranger.session('defaultuser', 'wrong'));
    await moves('fscon_login_failures_total{way="live"}', () => stranger.live('login=defaultuser:wrong'));
    for (let i = 0; i < 7; i++) await stranger.digest('/api/users', 'defaultuser', `guess-${i}`);
    await moves('fscon_login_rate_limited_total{way="digest"}', async () =>
      expect((await stranger.digest('/api/users', 'defaultuser', 'napw')).status).toBe(429),
    );
    await moves('fscon_login_rate_limited_total{way="session"}', () =>
      stranger.session('defaultuser', 'napw'),
    );
    await moves('fscon_login_rate_limited_total{way="live"}', () => stranger.live(TEAM));
  });

  it('times requests by route pattern, method and status class', async () => {
    await moves(
      'fscon_http_request_duration_seconds_count{route="/api/users/match/:s",method="GET",status_class="2xx"}',
      () => ok('/api/users/match/default'),
    );
    await moves(
      'fscon_http_request_duration_seconds_count{route="unmatched",method="GET",status_class="4xx"}',
      () => fetch(`${system.url}/no/such/page`),
    );
  });

  it('counts admin operations, reloadxml and rebuilds by result', async () => {
    const add = (name: string) =>
      ok('/api/users/add', [{ name, email: `${name}@example.org`, context: 'team' }]);
    const before = await scrape(system.app);
    expect((await add('counted')).done).toHaveLength(1);
    const planted = `${system.workspace.confDir}/directory/team/29999.xml`;
    const { writeFileSync, rmSync } = await import('node:fs');
    writeFileSync(planted, '<include>\n  <user id="29999"\n</include>\n');
    expect((await add('refused')).failed).toHaveLength(1);
    rmSync(planted);
    expect((await request('/api/users/add', '[{"name": 5}]')).status).toBe(400);
    const after = await scrape(system.app);
    const grew = (name: string) => after(name) - before(name);
    expect(grew('fscon_admin_operations_total{route="/api/users/add",result="ok"}')).toBe(1);
    expect(grew('fscon_admin_operations_total{route="/api/users/add",result="refused"}')).toBe(2);
    expect(grew('fscon_reloadxml_total{result="ok"}')).toBe(1);
    // Refused, and refused again after the files were put back, as the planted file is not ours.
    expect(grew('fscon_reloadxml_total{result="refused"}')).toBe(2);
    expect(grew('fscon_reloadxml_duration_seconds_count')).toBe(3);
    expect(grew('fscon_xml_state_rebuilds_total{result="ok"}')).toBe(2);
    expect(grew('fscon_xml_state_rebuild_duration_seconds_count')).toBe(2);
  });

  it('counts a rebuild that failed', async () => {
    const { host, password } = system.config.freeswitch;
    system.relay!.stallAfterClientSends('api global_getvar');
    await moves('fscon_xml_state_rebuilds_total{result="failed"}', () =>
      rawApi(host, system.simulator.port, password, 'reloadxml'),
    );
    system.relay!.release();
  });

  it('shows the Event Socket down, then counts the reconnect', async () => {
    const reconnects = await metric('fscon_event_socket_reconnects_total');
    await system.simulator.stop();
    await eventually(async () => expect(await metric('fscon_event_socket_connected')).toBe(0));
    await system.restartSimulator();
    await eventually(async () => expect(await metric('fscon_event_socket_connected')).toBe(1));
    expect(await metric('fscon_event_socket_reconnects_total')).toBe(reconnects + 1);
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startSystem({ METRICS_TOKEN: 'scrape-me' });
  }, 60_000);
  afterAll(() => system?.stop());

  it('answers only a request bearing the token', async () => {
    const url = metricsUrl(system.app);
    const without = await fetch(url);
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const bearing = await fetch(url, { headers: { authorization: 'Bearer scrape-me' } });
    expect(bearing.status).toBe(200);
    expect(parseExposition(await bearing.text()).has('fscon_live_deltas_total')).toBe(true);
  });
});
