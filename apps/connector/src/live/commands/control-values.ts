import { posix } from 'node:path';
import { MEMBER_VOLUME } from '@fscon/contracts';
import { LiveControlError } from './live-control.errors';

/** mod_conference keeps the energy level in a C int and sets no upper bound of its own. */
export const ENERGY_MAX = 2_147_483_647;
/** A PIN is digits only; mod_conference compares what the joiner keys in with it. */
const PIN = /^\d{1,32}$/;
/** One folder or file name of a sound file: the characters of the safe names, not `.` or `..`. */
const SOUND_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

const invalid = (message: string) => new LiveControlError('LIVE.INVALID', message);

export function requireArgument<T>(value: T | undefined, call: string, field: string): T {
  if (value === undefined) throw invalid(`${call} needs a ${field}`);
  return value;
}

export function requireVolume(call: string, value: number | undefined): number {
  const level = requireArgument(value, call, 'value');
  if (!Number.isInteger(level) || level < MEMBER_VOLUME.minimum || level > MEMBER_VOLUME.maximum) {
    throw invalid(
      `${call} takes a value from ${MEMBER_VOLUME.minimum} to ${MEMBER_VOLUME.maximum}, not ${level}`,
    );
  }
  return level;
}

export function requireEnergy(value: number | undefined): number {
  const level = requireArgument(value, 'energy', 'value');
  if (!Number.isInteger(level) || level < 0 || level > ENERGY_MAX) {
    throw invalid(`energy takes a value from 0 to ${ENERGY_MAX}, not ${level}`);
  }
  return level;
}

/** The PIN to set, or `''` to remove it. */
export function requirePin(pin: string | undefined): string {
  const digits = requireArgument(pin, 'pin', 'pin');
  if (digits !== '' && !PIN.test(digits)) throw invalid('a PIN is 1 to 32 digits, or "" to remove it');
  return digits;
}

/**
 * The absolute path of a sound file given relative to the `sounds` folder of FreeSWITCH's configuration
 * (`conf_dir`), where the shipped etc-freeswitch tree brings its sounds. Absolute, because mod_conference
 * resolves a relative name against the conference's sound_prefix; and one argument of a conference
 * command, so no white space in the folder either.
 */
export function soundFilePath(confDir: string | undefined, file: string | undefined): string {
  const relative = requireArgument(file, 'play', 'file');
  if (!relative.split('/').every((segment) => SOUND_SEGMENT.test(segment))) {
    throw invalid(
      `${JSON.stringify(relative)} is not a sound file: folders and a file name of letters, digits, _ . -, relative to the sounds folder`,
    );
  }
  if (confDir === undefined || !posix.isAbsolute(confDir) || /\s/.test(confDir)) {
    throw invalid(
      `FreeSWITCH's configuration folder ${JSON.stringify(confDir ?? '')} cannot be named in a conference command`,
    );
  }
  return posix.join(confDir, 'sounds', relative);
}
