import { freeswitchPath } from './demo-args';

describe('freeswitchPath', () => {
  it('is undefined for the simulator', () => {
    expect(freeswitchPath([])).toBeUndefined();
    expect(freeswitchPath([], '')).toBeUndefined();
  });

  it('takes --freeswitch PATH, --freeswitch=PATH, or else the environment', () => {
    expect(freeswitchPath(['--freeswitch', '/opt/fs'], '/other')).toBe('/opt/fs');
    expect(freeswitchPath(['--freeswitch=/opt/fs'])).toBe('/opt/fs');
    expect(freeswitchPath([], '/from/env')).toBe('/from/env');
  });

  it('refuses a missing path and any other argument, with the usage', () => {
    expect(() => freeswitchPath(['--freeswitch'])).toThrow(/--freeswitch needs a path\nusage:/);
    expect(() => freeswitchPath(['--freeswitch', '--verbose'])).toThrow(/needs a path/);
    expect(() => freeswitchPath(['--verbose'])).toThrow(/unknown argument --verbose/);
    expect(() => freeswitchPath(['--freeswitch=/x', 'y'])).toThrow(/unknown argument y/);
  });
});
