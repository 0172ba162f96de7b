import type { User } from '@fscon/contracts';
import { contextFingerprints, userFingerprint } from './provisioning-fingerprints';
import {
  conference,
  provisioningTestState,
  TEST_SETTINGS,
  TEST_SIP,
} from './test-support/provisioning-state';

const { users, conferences } = provisioningTestState();
const prints = (list = conferences, sip = TEST_SIP, settings = TEST_SETTINGS) =>
  contextFingerprints(list, sip, settings);

describe('contextFingerprints', () => {
  it('is the same for the same inputs, whatever the conference order', () => {
    expect(prints([...conferences].reverse())).toEqual(prints());
  });

  it('changes for the contexts that may see a changed conference, and only for them', () => {
    const before = prints();
    const after = prints([...conferences, conference('31001', 'friends')]);
    expect(after.team).not.toBe(before.team);
    expect(after.friends).not.toBe(before.friends);
    expect(after.public).toBe(before.public);
  });

  it('changes for every context with the TLS port, the SIP domain or the provisioning address', () => {
    const before = prints();
    const changed = [
      prints(conferences, { ...TEST_SIP, tlsPort: 5061 }),
      prints(conferences, { ...TEST_SIP, domain: 'other.example.org' }),
      prints(conferences, TEST_SIP, { provisioningUrl: 'https://conf.example.org:8443' }),
    ];
    changed.forEach((after) =>
      (['team', 'friends', 'public'] as const).forEach((c) => expect(after[c]).not.toBe(before[c])),
    );
  });
});

describe('userFingerprint', () => {
  const contexts = prints();
  const user = users[1];

  it.each(['id', 'password', 'conpin', 'name', 'email', 'polymac'] as const)(
    'changes with the %s',
    (field) => {
      const changed: User = { ...user, [field]: `${user[field]}x` };
      expect(userFingerprint(changed, contexts)).not.toBe(userFingerprint(user, contexts));
    },
  );

  it('changes with the context and with that context’s conferences', () => {
    expect(userFingerprint({ ...user, context: 'friends' }, contexts)).not.toBe(
      userFingerprint(user, contexts),
    );
    const more = prints([...conferences, conference('30001', 'team')]);
    expect(userFingerprint(user, more)).not.toBe(userFingerprint(user, contexts));
  });

  it('does not mistake one field’s end for the next one’s start', () => {
    const a = { ...user, name: 'ab', email: 'c' };
    const b = { ...user, name: 'a', email: 'bc' };
    expect(userFingerprint(a, contexts)).not.toBe(userFingerprint(b, contexts));
  });
});
