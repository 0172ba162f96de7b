import type { ConferenceCall, MemberCall } from '@fscon/contracts';
import type { ControlArguments } from '../commands/control-arguments';

/** A conference name as FreeSWITCH could know it: no spaces or control characters, not empty. */
const CONFERENCE = /^[^\s\p{Cc}]{1,256}$/u;

export function isConference(value: unknown): value is string {
  return typeof value === 'string' && CONFERENCE.test(value);
}

type ArgumentName = keyof ControlArguments;

/** The one field each call needs; the calls not named take none. */
const CALL_ARGUMENT: Partial<Record<ConferenceCall | MemberCall, ArgumentName>> = {
  volume_in: 'value',
  volume_out: 'value',
  energy: 'value',
  transfer: 'target',
  invite: 'target',
  play: 'file',
  pin: 'pin',
};

/** What each field must look like to be taken at all; its range is the control's to check. */
const WELL_FORMED: Record<ArgumentName, (value: unknown) => boolean> = {
  value: (value) => typeof value === 'number' && Number.isSafeInteger(value),
  target: isConference,
  file: (value) => typeof value === 'string' && value.length > 0 && value.length <= 1024,
  pin: (value) => typeof value === 'string' && value.length <= 256,
};

/**
 * The field the call needs, taken from the request's fields; undefined when it is missing or malformed.
 * Fields the call does not take are left out.
 */
export function controlArguments(
  call: ConferenceCall | MemberCall,
  fields: Record<string, unknown>,
): ControlArguments | undefined {
  const name = CALL_ARGUMENT[call];
  if (name === undefined) return {};
  const value = fields[name];
  return WELL_FORMED[name](value) ? { [name]: value } : undefined;
}
