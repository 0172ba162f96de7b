import { CONTEXTS, type User } from '@fscon/contracts';
import { folderSnapshot } from '../../src/config-files/test-support/folder-snapshot';
import { adminClient } from './support/admin-client';
import { describeRealFs } from './support/realfs';
import { startRealSystem, type RealSystem } from './support/real-system';
import {
  NON_ASCII,
  PREPROCESSOR_BAIT,
  PRINTABLE_ASCII,
  switchApi,
  writtenByFreeswitch,
} from './support/sample-characters';
import { expectUsersAgree } from './support/switch-agreement';
import { switchGlobals } from './support/switch-config';
import { switchDomain, userDataOf } from './support/switch-user';

type Sent = {
  name: string;
  email: string;
  password: string;
  context?: string;
  conpin?: string;
  polymac?: string;
};

const SAMPLES = [...PRINTABLE_ASCII, ...NON_ASCII, ...PREPROCESSOR_BAIT];
/** Printable ASCII but what FreeSWITCH would read back changed after "<!" and what no email holds. */
const AFTER_BANG = PRINTABLE_ASCII.filter((char) => !'"& @'.includes(char)).join('');
/** No email holds white space (the no-break space included) or a second `@`. */
const plainEmail = (sample: string) => /[\s@]/u.test(sample);

/**
 * A user carrying a sample (a character or a sequence) in its name, email and (twice) password;
 * some with a pin and a phone.
 */
function carrying(sample: string, index: number): Sent {
  return {
    name: `n${sample}${index}`,
    email: plainEmail(sample) ? `plain${index}@example.org` : `m${sample}${index}@example.org`,
    context: CONTEXTS[index % CONTEXTS.length],
    password: `p${sample}${sample}`,
    ...(index % 2 === 1 && { conpin: String(1000 + index) }),
    ...(index % 10 === 0 && { polymac: `0004F2AB${(0x1000 + index).toString(16).toUpperCase()}` }),
  };
}

/** The same user changed: the sample at the edges of the name and password, doubled in the email. */
const changed = (sample: string, index: number): Sent => ({
  name: `${sample}m${index}${sample}`,
  email: plainEmail(sample) ? `changed${index}@example.org` : `${sample}${sample}${index}@example.org`,
  password: `${sample}q${sample}`,
});

/** Values holding "<!", which FreeSWITCH writes back unescaped from there on. */
const BANG_USERS: Sent[] = [
  { name: 'poison', email: 'p@example.org', context: 'public', password: 'a<!b' },
  {
    name: `n<!<>'!$\\{}${NON_ASCII.join('')}`,
    email: `e<!${AFTER_BANG}@example.org`,
    context: 'team',
    password: '<!--#set a=b-->',
  },
];

describeRealFs('real FreeSWITCH: every character a user may send comes back as it was sent', () => {
  let system: RealSystem;
  const client = adminClient(() => system);
  const api = switchApi(() => system);
  let added: User[] = [];

  beforeAll(async () => {
    system = await startRealSystem();
  }, 60_000);
  afterAll(() => system?.stop());

  /** What the connector answers, lists and FreeSWITCH's user_data say of each user is what was sent. */
  async function expectStoredAsSent(done: User[], sent: Sent[]): Promise<void> {
    const globals = await switchGlobals(system.freeswitch);
    const defaultPin = (context: string) => globals[context === 'team' ? 'modconpin' : 'defconpin'];
    expect(done).toHaveLength(sent.length);
    const listed = await client.users();
    const domain = await switchDomain(system.freeswitch);
    for (const [index, user] of done.entries()) {
      const { context = user.context, conpin, polymac, ...text } = sent[index]!;
      const expected = { ...text, name: text.name.trim(), context, conpin: conpin ?? defaultPin(context) };
      expect(user).toEqual({ id: user.id, polymac: polymac?.toLowerCase() ?? 'none', ...expected });
      expect(listed).toContainEqual(user);
      const { id: _, ...fields } = user;
      expect(await userDataOf(api, domain, user.id)).toEqual(fields);
    }
    await expectUsersAgree(system);
  }

  it('adds users with every printable ASCII and some non-ASCII character, and FreeSWITCH writes them as recorded', async () => {
    const sent = [...SAMPLES.map(carrying), ...BANG_USERS];
    const answer = await client.writeUsers('add', sent);

    expect(answer.failed).toEqual([]);
    await expectStoredAsSent(answer.done, sent);
    const directory = await api('xml_locate directory');
    SAMPLES.forEach((sample, index) => {
      const written = writtenByFreeswitch(sample);
      const found = directory.includes(`value="p${written}${written}">`);
      expect({ sample, found }).toEqual({ sample, found: true });
      expect(answer.done[index]!.password).toBe(`p${sample}${sample}`);
    });
    expect(directory).toContain('<param name="password" value="a<!b">');
    expect(directory).toContain(`value="e<!${AFTER_BANG}@example.org">`);
    added = answer.done;
  });

  it('changes them to other such values', async () => {
    const sent = [
      ...SAMPLES.map(changed),
      ...BANG_USERS.map(({ name, email }) => ({ name: `${name}2`, email, password: 'c<!d' })),
    ];
    const answer = await client.writeUsers(
      'mod',
      sent.map((fields, index) => ({ id: added[index]!.id, ...fields })),
    );

    expect(answer.failed).toEqual([]);
    // The context and pin stay; an absent polymac becomes none (docs/http-api.md).
    const kept = added.map(({ context, conpin }) => ({ context, conpin }));
    await expectStoredAsSent(
      answer.done,
      sent.map((fields, index) => ({ ...kept[index], ...fields })),
    );
  });

  it('refuses with 400, naming the field and the character, what FreeSWITCH would not give back', async () => {
    const before = folderSnapshot(system.freeswitch.confDir);
    const cases: [Partial<Sent>, string][] = [
      [{ password: 'a<!"b' }, `password may not hold '"' after "<!"`],
      [{ name: 'a<!&lt;b' }, `name may not hold '&' after "<!"`],
      [{ email: 'e<!&x@example.org' }, `email may not hold '&' after "<!"`],
      [{ name: 'tab\there' }, 'name may not hold U+0009 (a control character)'],
      [{ email: 'a\nb@example.org' }, 'email may not hold U+000A (a control character)'],
      [{ password: 'del\u007f' }, 'password may not hold U+007F (a control character)'],
      [{ password: 'lone\uD800' }, 'password may not hold U+D800 (an unpaired surrogate)'],
      [{ name: 'non\uFFFF' }, 'name may not hold U+FFFF (an unassigned code point or noncharacter)'],
    ];
    for (const [fields, message] of cases) {
      const add = await client.request('/api/users/add', [{ ...carrying('x', 0), ...fields }]);
      const mod = await client.request('/api/users/mod', [{ id: '20000', ...fields }]);
      for (const response of [add, mod]) {
        expect({ status: response.status, error: JSON.parse(response.body).error }).toEqual({
          status: 400,
          error: expect.stringContaining(`[0] ${message}`),
        });
      }
    }
    expect(folderSnapshot(system.freeswitch.confDir)).toEqual(before);
  });
});
