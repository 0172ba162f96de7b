/** A demo login: a user of the demo data and what the context shows. */
export interface DemoLogin {
  name: string;
  password: string;
  context: string;
}

export const DEMO_LOGINS: readonly DemoLogin[] = [
  { name: 'defaultuser', password: 'napw', context: 'team' },
  { name: 'frienduser', password: 'pw21000', context: 'friends' },
  { name: 'publicuser', password: 'pw22000', context: 'public' },
];

/** The conference numbers of the demo data, by context. */
const CONFERENCES = '30000 (team), 31000 (friends), 32000 (public)';

/** The last thing the demo prints at start: where to go and how to log in. */
export function demoBanner(url: string, switchDescription: string): string {
  const width = Math.max(...DEMO_LOGINS.map((login) => login.name.length));
  const label = (text: string) => `  ${text.padEnd(11)}`;
  const logins = DEMO_LOGINS.map(
    (login, i) =>
      `${label(i === 0 ? 'log in as' : '')}${login.name.padEnd(width)} / ${login.password.padEnd(7)}  (${login.context})`,
  );
  const rule = '─'.repeat(64);
  return [
    rule,
    `  fscon demo on ${switchDescription}`,
    `${label('open')}${url}`,
    ...logins,
    `${label('call')}${CONFERENCES} from the page's phone`,
    '  Ctrl+C stops the demo',
    rule,
    '',
  ].join('\n');
}
