import { XmlConfig } from '../config/xml-config';
import { childrenNamed, configuration, descendantsNamed, nameValues, textAttr } from './xml-lookup';

/** A conference profile of conference.conf as far as the simulator uses it. */
export interface ConferenceProfile {
  name: string;
  rate: number;
  domain: string;
  energyLevel: number;
  /** conference-flags, e.g. livearray-json-status|json-events|livearray-sync. */
  conferenceFlags: string[];
  moderatorControls: string;
  callerControls: string;
  /** ivr-dtmf-timeout: how long a key that begins a longer caller control waits for the next one. */
  dtmfTimeoutMs: number;
  /** Sound params (alone-sound, unmuted-sound ...) as written, relative to the sound prefix. */
  sounds: Map<string, string>;
}

/** One caller control: the digits pressed, the action and its data. */
export interface CallerControl {
  digits: string;
  action: string;
  data: string | undefined;
}

const DTMF_TIMEOUT_MS = 500;

/** The profile `name` from the loaded conference.conf; FreeSWITCH's defaults where a param is missing. */
export function conferenceProfile(xml: XmlConfig, name: string): ConferenceProfile {
  const conf = configuration(xml, 'conference.conf');
  const profiles = descendantsNamed(conf, 'profiles').flatMap((p) => childrenNamed(p, 'profile'));
  const params = nameValues(
    profiles.find((p) => textAttr(p, 'name') === name),
    'param',
  );
  const sounds = new Map([...params].filter(([param]) => param.endsWith('-sound')));
  return {
    name,
    rate: Number(params.get('rate') ?? 8000),
    domain: params.get('domain') ?? '',
    energyLevel: Number(params.get('energy-level') ?? 0),
    conferenceFlags: (params.get('conference-flags') ?? '').split('|').filter(Boolean),
    moderatorControls: params.get('moderator-controls') ?? 'default',
    callerControls: params.get('caller-controls') ?? 'default',
    // mod_conference takes less than 500 ms as 500
    dtmfTimeoutMs: Math.max(
      DTMF_TIMEOUT_MS,
      Number(params.get('ivr-dtmf-timeout') ?? DTMF_TIMEOUT_MS) || DTMF_TIMEOUT_MS,
    ),
    sounds,
  };
}

/** The caller-controls group `group` of conference.conf, digits → control. */
export function callerControls(xml: XmlConfig, group: string): Map<string, CallerControl> {
  const conf = configuration(xml, 'conference.conf');
  const groups = descendantsNamed(conf, 'caller-controls').flatMap((c) => childrenNamed(c, 'group'));
  const controls = new Map<string, CallerControl>();
  for (const control of childrenNamed(
    groups.find((g) => textAttr(g, 'name') === group),
    'control',
  )) {
    const digits = textAttr(control, 'digits');
    const action = textAttr(control, 'action');
    if (digits !== undefined && action !== undefined)
      controls.set(digits, { digits, action, data: textAttr(control, 'data') });
  }
  return controls;
}
