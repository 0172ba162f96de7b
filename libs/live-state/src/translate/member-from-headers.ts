import type { Member } from '../model/live-state';
import { memberId, memberName } from './member-name';
import type { TranslationContext } from './translation-context';

/** A non-negative integer header; anything else (absent, garbled) is 0. */
export function wholeNumber(value: string | undefined): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : 0;
}

/** The member a conference::maintenance member event describes; undefined without a Member-ID. */
export function memberFromHeaders(
  headers: Readonly<Record<string, string>>,
  context: TranslationContext,
): Member | undefined {
  const confid = headers['Member-ID'];
  if (confid === undefined || confid === '') {
    return undefined;
  }
  const number = headers['Caller-Caller-ID-Number'] ?? '';
  const id = memberId(headers['Caller-Username'], number);
  return {
    name: memberName(headers['Caller-Caller-ID-Name'] ?? '', number, id, context),
    id,
    confid,
    mute: headers['Speak'] === 'false',
    talking: headers['Talking'] === 'true',
    deaf: headers['Hear'] === 'false',
    // member events do not carry the volumes; volume-in-member and volume-out-member do
    volume_in: 0,
    volume_out: 0,
    energy: wholeNumber(headers['Energy-Level']),
  };
}
