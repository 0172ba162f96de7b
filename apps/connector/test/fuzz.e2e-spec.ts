import { CapturedLog } from './support/captured-log';
import { bodiesFor } from './support/fuzz/bodies';
import { FuzzRun } from './support/fuzz/fuzz-run';
import { headerVariant } from './support/fuzz/headers';
import { fuzzLive } from './support/fuzz/live-fuzz';
import { LOGINS, LoginSession, strangerAddress, type Login } from './support/fuzz/logins';
import { pathVariant } from './support/fuzz/paths';
import { rawRequest, type RawRequest } from './support/fuzz/raw-http';
import { fillPath, ROUTES, routeName, servedRoutes, type Route } from './support/fuzz/routes';
import { sample, SEEDS } from './support/fuzz/seeds';
import { writeNotSeen } from './support/fuzz/state-checks';
import { eventually, startSystem, type TestSystem } from './support/system';

/** Cases per route and login, per seed. */
const RUNS = { body: 4, bodyless: 1, header: 2, path: 2 };

type Request = Omit<RawRequest, 'localAddress'>;

const contentTypeOf = (route: Route) =>
  route.body === 'upload' ? 'application/octet-stream' : 'application/json';
const plainTarget = (route: Route) => fillPath(route, (_, plausible) => plausible[0] ?? 'x');
const everyRouteAndLogin = () => ROUTES.flatMap((route) => LOGINS.map((login) => [route, login] as const));

/**
 * Hostile requests to every route as every login, against the connector and the simulator: bodies,
 * headers, paths and live frames made by fast-check from a fixed seed and from a random one (printed
 * when a check fails). No answer may be a 5xx, the connector may log no error and no stack trace, a
 * refused request may change nothing in the configuration folder, and an accepted write must show in
 * the state read right after. The summary of what was tried is printed at the end.
 */
describe(`hostile requests to every route as every login (seeds ${SEEDS.join(', ')})`, () => {
  const log = new CapturedLog();
  let system: TestSystem;
  let run: FuzzRun;
  let sessions: Map<string, LoginSession>;
  let strangers = 0;
  const stranger = () => strangerAddress((strangers += 1));

  const readJson = async (path: string) => {
    const answer = await sessions.get('team')!.send({ method: 'GET', target: path, headers: [] });
    return JSON.parse(answer.body.toString('utf8')) as Record<string, unknown>;
  };

  /** Sends as the login, or (made-up credentials) unsigned from a stranger's address, and checks. */
  const exchange = (route: Route, login: Login, label: string, request: Request, asLogin: boolean) =>
    run.run({
      route: routeName(route),
      login: login.name,
      label,
      writes: route.writes === true,
      send: () =>
        asLogin
          ? sessions.get(login.name)!.send(request)
          : rawRequest(system.url, { ...request, localAddress: stranger() }),
      accepted: route.method === 'POST' ? (answer) => writeNotSeen(route.body, answer, readJson) : undefined,
    });

  beforeAll(async () => {
    system = await startSystem({}, { logger: log });
    sessions = new Map(LOGINS.map((login) => [login.name, new LoginSession(system.url, login)]));
    await eventually(async () => expect((await readJson('/api/users')).users).toBeDefined());
    run = new FuzzRun(log, system.workspace.confDir);
  });

  afterAll(async () => {
    const table = run?.tally.table();
    if (table !== undefined)
      process.stdout.write(`\nFuzz summary (seeds ${SEEDS.join(', ')}), per route:\n${table}\n`);
    await system?.stop();
  });

  it('knows every route the connector serves', () => {
    expect(ROUTES.map(routeName).sort()).toEqual(servedRoutes(system.app).sort());
  });

  describe.each(SEEDS)('with seed %i', (seed) => {
    it('answers every body without a server error', async () => {
      for (const [route, login] of everyRouteAndLogin()) {
        const count = route.body === 'none' ? RUNS.bodyless : RUNS.body;
        const bodies = bodiesFor(route.body, login.credentials);
        for (const payload of sample(bodies, seed, count, 'body', routeName(route), login.name)) {
          const type: [string, string][] =
            payload.bytes.length > 0 ? [['Content-Type', contentTypeOf(route)]] : [];
          const request = {
            method: route.method,
            target: plainTarget(route),
            headers: type,
            body: payload.bytes,
          };
          await exchange(route, login, payload.label, request, payload.ownLogin);
        }
      }
      run.assertClean(seed);
    });

    it('answers any header trouble without a server error', async () => {
      for (const [route, login] of everyRouteAndLogin()) {
        const cases = bodiesFor(route.body, login.credentials).chain((payload) =>
          headerVariant(payload.bytes).map((variant) => ({ payload, variant })),
        );
        for (const { payload, variant } of sample(
          cases,
          seed,
          RUNS.header,
          'header',
          routeName(route),
          login.name,
        )) {
          const { headers, body, contentLength } = variant;
          const request = { method: route.method, target: plainTarget(route), headers, body, contentLength };
          const asLogin = payload.ownLogin && !variant.replacesLogin;
          await exchange(route, login, `${payload.label}; ${variant.label}`, request, asLogin);
        }
      }
      run.assertClean(seed);
    });

    it('answers any path without a server error', async () => {
      for (const [route, login] of everyRouteAndLogin())
        for (const variant of sample(
          pathVariant(route),
          seed,
          RUNS.path,
          'path',
          routeName(route),
          login.name,
        )) {
          const request = { method: variant.method, target: variant.target, headers: [] };
          await exchange(route, login, variant.label, request, true);
        }
      run.assertClean(seed);
    });

    it('refuses or serves every live upgrade and answers every frame', async () => {
      for (const login of LOGINS) await fuzzLive(run, system.url, login, seed, stranger);
      run.assertClean(seed);
    });
  });
});
