import { join } from 'node:path';
import { writeSilentWav } from '@fscon/fs-simulator';
import type { RealFreeswitch } from '@fscon/real-freeswitch';

/** The sounds the conference profiles of etc-freeswitch name (conference.conf.xml, `*-sound`). */
const PROFILE_SOUNDS = [
  'conf-pin', 'conf-bad-pin', 'conf-unmuted', 'conf-alone', 'conf-muted',
  'conf-kicked', 'conf-locked', 'conf-is-locked', 'conf-is-unlocked',
]; // prettier-ignore

/** Where FreeSWITCH finds the profile sounds: `<sound_prefix>/conference/`, sound_prefix = sounds/en/us/callie. */
export function conferenceSound(freeswitch: RealFreeswitch, name: string): string {
  return join(freeswitch.root, 'sounds', 'en', 'us', 'callie', 'conference', `${name}.wav`);
}

/**
 * Lays silent stand-ins for the profile sounds into the switch's sounds folder, as a sound package
 * would bring them (the test switch comes without), so that FreeSWITCH plays its own prompts.
 */
export function installConferenceSounds(freeswitch: RealFreeswitch): void {
  // a fifth of a second at 16 kHz
  for (const name of PROFILE_SOUNDS) writeSilentWav(conferenceSound(freeswitch, name), 16000, 3200);
}
