import { MEMBER_VOLUME } from '@fscon/contracts';
import type { Member } from '@fscon/live-state';
import type { Prompt } from './prompts';

/**
 * The `Data` of the moderators' second-layer keys (9 and a member's key, conference.conf.xml): each
 * changes the settings of the moderator who pressed it.
 */
export const OWN_SETTINGS_CONTROLS = [
  'talkvolumedown',
  'talkvolumereset',
  'talkvolumeup',
  'listenvolumedown',
  'listenvolumereset',
  'listenvolumeup',
  'energydown',
  'energyreset',
  'energyup',
  'deafmute',
] as const;
export type OwnSettingsControl = (typeof OWN_SETTINGS_CONTROLS)[number];

export function isOwnSettingsControl(value: string): value is OwnSettingsControl {
  return (OWN_SETTINGS_CONTROLS as readonly string[]).includes(value);
}

/** A mod_conference member command: `conference <name> <verb> <member id> [<value>]`. */
export type MemberSetting =
  | { verb: 'mute' | 'unmute' | 'deaf' | 'undeaf' }
  | { verb: 'volume_in' | 'volume_out' | 'energy'; value: number };

/** The commands that carry the control out (none when nothing would change), then the member's prompt. */
export interface OwnSettingsDecision {
  settings: MemberSetting[];
  prompt: Prompt;
}

/** FreeSWITCH's own energy keys step by 200 up to 1800. */
const ENERGY_STEP = 200;
const ENERGY_MAX = 1800;
/** The shipped profiles' energy-level (etc-freeswitch conference.conf.xml; key-map.spec checks it). */
export const ENERGY_RESET = 300;

type Direction = 'down' | 'reset' | 'up';

interface Level {
  verb: 'volume_in' | 'volume_out' | 'energy';
  current: number;
  step: number;
  min: number;
  max: number;
  reset: number;
  prompts: Record<Direction, Prompt>;
}

const volume = (
  verb: 'volume_in' | 'volume_out',
  current: number,
  prompts: Record<Direction, Prompt>,
): Level => ({
  verb,
  current,
  step: 1,
  min: MEMBER_VOLUME.minimum,
  max: MEMBER_VOLUME.maximum,
  // 0 is the level every member joins with
  reset: 0,
  prompts,
});

/** The level one step on, kept in its range; a level already beyond it (set elsewhere) stays. */
function stepped(level: Level, direction: 'down' | 'up'): number {
  if (direction === 'up')
    return level.current >= level.max ? level.current : Math.min(level.max, level.current + level.step);
  return level.current <= level.min ? level.current : Math.max(level.min, level.current - level.step);
}

/** One step of a level, or back to its reset value; a step beyond its range only says so. */
function stepLevel(level: Level, direction: Direction): OwnSettingsDecision {
  const target = direction === 'reset' ? level.reset : stepped(level, direction);
  if (direction !== 'reset' && target === level.current) return { settings: [], prompt: 'at-limit' };
  const settings: MemberSetting[] = target === level.current ? [] : [{ verb: level.verb, value: target }];
  return { settings, prompt: level.prompts[direction] };
}

/** Deaf-mute as one switch: both on turns both off; anything else turns whatever is off on. */
function deafMute(member: Member): OwnSettingsDecision {
  if (member.mute && member.deaf) {
    return { settings: [{ verb: 'unmute' }, { verb: 'undeaf' }], prompt: 'unmuted-and-undeafened' };
  }
  const settings: MemberSetting[] = [
    ...(member.mute ? [] : [{ verb: 'mute' } as const]),
    ...(member.deaf ? [] : [{ verb: 'deaf' } as const]),
  ];
  return { settings, prompt: 'muted-and-deafened' };
}

type LevelName = 'talk' | 'listen' | 'energy';

/** The voice's volume as the conference hears it is FreeSWITCH's `volume_in`, what the member hears `volume_out`. */
function levels(member: Member): Record<LevelName, Level> {
  return {
    talk: volume('volume_in', member.volume_in, {
      down: 'talk-volume-down',
      reset: 'talk-volume-reset',
      up: 'talk-volume-up',
    }),
    listen: volume('volume_out', member.volume_out, {
      down: 'listen-volume-down',
      reset: 'listen-volume-reset',
      up: 'listen-volume-up',
    }),
    energy: {
      verb: 'energy',
      current: member.energy,
      step: ENERGY_STEP,
      min: 0,
      max: ENERGY_MAX,
      reset: ENERGY_RESET,
      prompts: { down: 'energy-down', reset: 'energy-reset', up: 'energy-up' },
    },
  };
}

const LEVEL_KEYS: Record<Exclude<OwnSettingsControl, 'deafmute'>, [LevelName, Direction]> = {
  talkvolumedown: ['talk', 'down'],
  talkvolumereset: ['talk', 'reset'],
  talkvolumeup: ['talk', 'up'],
  listenvolumedown: ['listen', 'down'],
  listenvolumereset: ['listen', 'reset'],
  listenvolumeup: ['listen', 'up'],
  energydown: ['energy', 'down'],
  energyreset: ['energy', 'reset'],
  energyup: ['energy', 'up'],
};

/** What a moderator's own-settings key does, given that moderator as the live state shows it. */
export function decideOwnSettingsKey(control: OwnSettingsControl, member: Member): OwnSettingsDecision {
  if (control === 'deafmute') return deafMute(member);
  const [level, direction] = LEVEL_KEYS[control];
  return stepLevel(levels(member)[level], direction);
}

/**
 * The API command for one setting of a member. Mute and unmute are `quiet`: the member hears the
 * connector's prompt instead of the profile's muted/unmuted sounds.
 */
export function memberSettingCommand(conference: string, confid: string, setting: MemberSetting): string {
  const command = `conference ${conference} ${setting.verb} ${confid}`;
  if ('value' in setting) return `${command} ${setting.value}`;
  return setting.verb === 'mute' || setting.verb === 'unmute' ? `${command} quiet` : command;
}
