import type { INestApplication } from '@nestjs/common';

/** What a route's body is, for the fuzzer: which valid bodies to start from. */
export type BodyKind =
  | 'users.add'
  | 'users.mod'
  | 'users.del'
  | 'conferences.add'
  | 'conferences.mod'
  | 'conferences.del'
  | 'recordings.del'
  | 'session'
  | 'upload'
  | 'none';

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Express's path, `:name` for a parameter. */
  path: string;
  body: BodyKind;
  /** Plausible values per parameter, the fuzzer's starting points. */
  params?: Record<string, readonly string[]>;
  /** It may change the configuration folder. */
  writes?: true;
}

const USER_FILTERS = ['byid', 'byname', 'bycontext', 'bypolymac', 'byemail'];
const CONFERENCE_FILTERS = ['bynum', 'bytype', 'byname', 'bycontext'];
const DIRS = ['directory', 'dialplan', 'conferences', 'freeswitch'];
const RECORDINGS = ['public_room-2024-01-01T10:00:00.wav', 'missing.wav'];
const SESSIONS = ['1', '12', 'x'];
const PHONE_FILES = ['allprov.cfg', 'sip.ver', '0004f2000001-app.log', 'phone1.cfg'];

/** Every HTTP route of the connector, as Express lists them, with the fuzzer's starting points. */
export const ROUTES: readonly Route[] = [
  { method: 'GET', path: '/', body: 'none' },
  { method: 'GET', path: '/assets/:file', body: 'none', params: { file: ['index.js', 'x.css'] } },
  { method: 'GET', path: '/docs', body: 'none' },
  { method: 'GET', path: '/docs/openapi.json', body: 'none' },
  { method: 'GET', path: '/docs/asyncapi.json', body: 'none' },
  { method: 'GET', path: '/docs/assets/docs-init.js', body: 'none' },
  {
    method: 'GET',
    path: '/docs/assets/:file',
    body: 'none',
    params: { file: ['swagger-ui.css', 'swagger-ui-bundle.js', 'index.html'] },
  },
  { method: 'POST', path: '/session', body: 'session' },
  { method: 'GET', path: '/session', body: 'none' },
  { method: 'DELETE', path: '/session', body: 'none' },
  { method: 'GET', path: '/session/live-token', body: 'none' },
  { method: 'GET', path: '/healthz', body: 'none' },
  { method: 'GET', path: '/readyz', body: 'none' },
  { method: 'GET', path: '/userinfo', body: 'none' },
  { method: 'GET', path: '/friendxml', body: 'none' },
  { method: 'GET', path: '/pubxml', body: 'none' },
  { method: 'GET', path: '/linphone', body: 'none' },
  { method: 'GET', path: '/polycom/:file', body: 'none', params: { file: PHONE_FILES } },
  { method: 'PUT', path: '/polycom/:file', body: 'upload', params: { file: PHONE_FILES } },
  {
    method: 'GET',
    path: '/polycom/SoundPointIPLocalization/:dir/:file',
    body: 'none',
    params: { dir: ['English_United_States'], file: ['SoundPointIP-dictionary.xml'] },
  },
  { method: 'GET', path: '/polycom/Config/:file', body: 'none', params: { file: ['site.cfg'] } },
  { method: 'GET', path: '/polycom/languages/:file', body: 'none', params: { file: ['en.xml'] } },
  { method: 'GET', path: '/fr/friendsrec', body: 'none' },
  { method: 'GET', path: '/fr/friendsrec/:file', body: 'none', params: { file: RECORDINGS } },
  { method: 'POST', path: '/fr/delfriendsrec', body: 'recordings.del' },
  { method: 'GET', path: '/fr/history/conferences', body: 'none' },
  { method: 'GET', path: '/fr/history/conferences/:session', body: 'none', params: { session: SESSIONS } },
  { method: 'GET', path: '/api/users', body: 'none' },
  { method: 'GET', path: '/api/users/match/:s', body: 'none', params: { s: ['default', 'example'] } },
  {
    method: 'GET',
    path: '/api/users/:filter/:s',
    body: 'none',
    params: { filter: USER_FILTERS, s: ['2', 'team', 'none', 'foo@'] },
  },
  { method: 'POST', path: '/api/users/add', body: 'users.add', writes: true },
  { method: 'POST', path: '/api/users/mod', body: 'users.mod', writes: true },
  { method: 'POST', path: '/api/users/del', body: 'users.del', writes: true },
  { method: 'GET', path: '/api/users/rebuild', body: 'none', writes: true },
  { method: 'GET', path: '/api/users/reprov', body: 'none' },
  { method: 'GET', path: '/api/conferences', body: 'none' },
  {
    method: 'GET',
    path: '/api/conferences/:filter/:s',
    body: 'none',
    params: { filter: CONFERENCE_FILTERS, s: ['3', 'public', '16kHz'] },
  },
  { method: 'GET', path: '/api/conferences/rebuildcontacts', body: 'none' },
  { method: 'POST', path: '/api/conferences/add', body: 'conferences.add', writes: true },
  { method: 'POST', path: '/api/conferences/mod', body: 'conferences.mod', writes: true },
  { method: 'POST', path: '/api/conferences/del', body: 'conferences.del', writes: true },
  { method: 'GET', path: '/api/recordings', body: 'none' },
  { method: 'GET', path: '/api/recordings/find/:s', body: 'none', params: { s: ['room', '2024'] } },
  { method: 'GET', path: '/api/recordings/:file', body: 'none', params: { file: RECORDINGS } },
  { method: 'POST', path: '/api/recordings/del', body: 'recordings.del' },
  { method: 'GET', path: '/api/store/:dir', body: 'none', params: { dir: DIRS } },
  { method: 'GET', path: '/api/restore/:dir', body: 'none', params: { dir: DIRS }, writes: true },
  { method: 'GET', path: '/api/history/conferences', body: 'none' },
  { method: 'GET', path: '/api/history/conferences/:session', body: 'none', params: { session: SESSIONS } },
  { method: 'GET', path: '/api/audit', body: 'none' },
  { method: 'GET', path: '/api/info', body: 'none' },
  { method: 'GET', path: '/api/info/state', body: 'none' },
];

interface ExpressRouter {
  stack: { route?: { path: string; methods: Record<string, boolean> } }[];
}

/** The routes Express serves, as `routeName` writes them; middleware for every method is none. */
export function servedRoutes(app: INestApplication): string[] {
  const { router } = app.getHttpAdapter().getInstance() as { router: ExpressRouter };
  return router.stack.flatMap(({ route }) => {
    const methods = Object.keys(route?.methods ?? {});
    return methods.length > 4 ? [] : methods.map((method) => `${method.toUpperCase()} ${route!.path}`);
  });
}

/** `GET /api/users/:filter/:s` */
export function routeName(route: Route): string {
  return `${route.method} ${route.path}`;
}

/** The route's path with each parameter replaced by `fill(name)`, which must encode what it returns. */
export function fillPath(route: Route, fill: (name: string, plausible: readonly string[]) => string): string {
  return route.path.replace(/:(\w+)/g, (_, name: string) => fill(name, route.params?.[name] ?? ['x']));
}
