import { MEMBER_AUDIO_DEFAULTS } from '@fscon/contracts';
import type { Member } from '@fscon/live-state';
import {
  decideOwnSettingsKey,
  memberSettingCommand,
  OWN_SETTINGS_CONTROLS,
  type OwnSettingsControl,
  type OwnSettingsDecision,
} from './own-settings-key';

const MODERATOR: Member = {
  name: 'defaultuser',
  id: '20000',
  confid: '5',
  mute: false,
  ...MEMBER_AUDIO_DEFAULTS,
};
const given = (state: Partial<Member>): Member => ({ ...MODERATOR, ...state });

/** given the moderator / when the key / then the commands and the prompt */
const CASES: [Partial<Member>, OwnSettingsControl, OwnSettingsDecision][] = [
  [{}, 'talkvolumeup', { settings: [{ verb: 'volume_in', value: 1 }], prompt: 'talk-volume-up' }],
  [{ volume_in: -2 }, 'talkvolumedown', { settings: [{ verb: 'volume_in', value: -3 }], prompt: 'talk-volume-down' }],
  [{ volume_in: 3 }, 'talkvolumereset', { settings: [{ verb: 'volume_in', value: 0 }], prompt: 'talk-volume-reset' }],
  [{ volume_in: 4 }, 'talkvolumeup', { settings: [], prompt: 'at-limit' }],
  [{ volume_in: -4 }, 'talkvolumedown', { settings: [], prompt: 'at-limit' }],
  [{}, 'talkvolumereset', { settings: [], prompt: 'talk-volume-reset' }],
  [{ volume_out: 1 }, 'listenvolumeup', { settings: [{ verb: 'volume_out', value: 2 }], prompt: 'listen-volume-up' }],
  [{}, 'listenvolumedown', { settings: [{ verb: 'volume_out', value: -1 }], prompt: 'listen-volume-down' }],
  [{ volume_out: -4 }, 'listenvolumereset', { settings: [{ verb: 'volume_out', value: 0 }], prompt: 'listen-volume-reset' }],
  [{ volume_out: 4 }, 'listenvolumeup', { settings: [], prompt: 'at-limit' }],
  [{}, 'energyup', { settings: [{ verb: 'energy', value: 200 }], prompt: 'energy-up' }],
  [{ energy: 300 }, 'energydown', { settings: [{ verb: 'energy', value: 100 }], prompt: 'energy-down' }],
  [{ energy: 100 }, 'energydown', { settings: [{ verb: 'energy', value: 0 }], prompt: 'energy-down' }],
  [{}, 'energydown', { settings: [], prompt: 'at-limit' }],
  [{ energy: 1700 }, 'energyup', { settings: [{ verb: 'energy', value: 1800 }], prompt: 'energy-up' }],
  [{ energy: 2500 }, 'energyup', { settings: [], prompt: 'at-limit' }],
  [{ energy: 2500 }, 'energydown', { settings: [{ verb: 'energy', value: 2300 }], prompt: 'energy-down' }],
  [{ energy: 600 }, 'energyreset', { settings: [{ verb: 'energy', value: 300 }], prompt: 'energy-reset' }],
  [{}, 'deafmute', { settings: [{ verb: 'mute' }, { verb: 'deaf' }], prompt: 'muted-and-deafened' }],
  [{ mute: true }, 'deafmute', { settings: [{ verb: 'deaf' }], prompt: 'muted-and-deafened' }],
  [{ deaf: true }, 'deafmute', { settings: [{ verb: 'mute' }], prompt: 'muted-and-deafened' }],
  [{ mute: true, deaf: true }, 'deafmute', { settings: [{ verb: 'unmute' }, { verb: 'undeaf' }], prompt: 'unmuted-and-undeafened' }],
]; // prettier-ignore

describe('decideOwnSettingsKey', () => {
  it.each(CASES)('given the moderator %j, when %s is pressed, then %j', (state, control, decision) => {
    expect(decideOwnSettingsKey(control, given(state))).toEqual(decision);
  });

  it('keeps every level in its range, whatever the moderator starts from', () => {
    const starts = [-4, -1, 0, 3, 4].flatMap((volume) =>
      [0, 200, 1800].map((energy) => given({ volume_in: volume, volume_out: -volume, energy })),
    );
    for (const control of OWN_SETTINGS_CONTROLS) {
      for (const member of starts) {
        for (const setting of decideOwnSettingsKey(control, member).settings) {
          if (setting.verb === 'energy') expect(setting.value).toBeGreaterThanOrEqual(0);
          else if ('value' in setting) expect(Math.abs(setting.value)).toBeLessThanOrEqual(4);
        }
      }
    }
  });

  it('deaf-mute twice leaves the moderator as before', () => {
    const first = decideOwnSettingsKey('deafmute', MODERATOR);
    const second = decideOwnSettingsKey('deafmute', given({ mute: true, deaf: true }));
    expect([first.prompt, second.prompt]).toEqual(['muted-and-deafened', 'unmuted-and-undeafened']);
  });
});

describe('memberSettingCommand', () => {
  it.each([
    [{ verb: 'volume_in', value: -3 }, 'conference team_g722 volume_in 5 -3'],
    [{ verb: 'volume_out', value: 2 }, 'conference team_g722 volume_out 5 2'],
    [{ verb: 'energy', value: 200 }, 'conference team_g722 energy 5 200'],
    [{ verb: 'deaf' }, 'conference team_g722 deaf 5'],
    [{ verb: 'undeaf' }, 'conference team_g722 undeaf 5'],
    [{ verb: 'mute' }, 'conference team_g722 mute 5 quiet'],
    [{ verb: 'unmute' }, 'conference team_g722 unmute 5 quiet'],
  ] as const)('%j is %s', (setting, command) => {
    expect(memberSettingCommand('team_g722', '5', setting)).toBe(command);
  });
});
