import { provisioningFilesFor, provisioningPaths, type ProvisioningRenderer } from '@fscon/provisioning';
import { PhoneFileRenderer } from './phone-file-renderer';
import { loadProvisioningRenderer } from './provisioning-templates';
import {
  conference,
  provisioningTestState,
  TEST_SETTINGS,
  TEST_SIP,
} from './test-support/provisioning-state';

describe('PhoneFileRenderer', () => {
  const renderer = loadProvisioningRenderer();
  const state = provisioningTestState();
  state.conferences.push(
    conference('30001', 'team'),
    conference('31002', 'friends'),
    conference('32001', 'public'),
  );
  state.conferences.reverse();
  const own = '<directory><item_list><item><fn>Mum</fn><ct>0301234</ct></item></item_list></directory>';
  const hostile = {
    ...state.users[2],
    id: '21009',
    name: '"/><x a="',
    password: `p'w"<&>\\`,
    polymac: '64167f000009',
  };

  it.each([
    ['a team user without a phone', state.users[0], undefined],
    ['a team user with a phone', state.users[1], undefined],
    ['a friend whose phone holds an item of its own', state.users[2], own],
    ['a public user', state.users[3], undefined],
    ['a user with hostile values', hostile, own],
  ])('renders exactly what provisioningFilesFor renders for %s', (_label, user, existing) => {
    const shared = new PhoneFileRenderer(renderer, state.conferences, TEST_SIP, TEST_SETTINGS);
    const expected = provisioningFilesFor(renderer, user, state, TEST_SETTINGS, existing);
    expect(shared.filesFor(user, provisioningPaths(user), existing)).toEqual(expected);
    expect(shared.filesFor(user, provisioningPaths(user), existing)).toEqual(expected);
  });

  it('renders the master file once and each distinct directory once', () => {
    const calls: string[] = [];
    const counting: ProvisioningRenderer = {
      render: (template, view) => (calls.push(template), renderer.render(template, view)),
    };
    const shared = new PhoneFileRenderer(counting, state.conferences, TEST_SIP, TEST_SETTINGS);
    const phoneUsers = [1, 2, 3, 4].map((n) => ({
      ...state.users[2],
      id: `2100${n}`,
      polymac: `64167f00000${n}`,
    }));
    phoneUsers.forEach((user) => shared.filesFor(user, provisioningPaths(user)));
    shared.filesFor(phoneUsers[0], provisioningPaths(phoneUsers[0]), own);
    const count = (template: string) => calls.filter((call) => call === template).length;
    expect([
      count('linphone'),
      count('polycomMaster'),
      count('polycomAllprov'),
      count('polycomDirectory'),
    ]).toEqual([5, 1, 5, 2]);
  });
});
