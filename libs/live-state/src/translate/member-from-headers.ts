import type { Member } from '../model/live-state';
import { memberId, memberName } from './member-name';
import type { TranslationContext } from './translation-context';

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
  };
}
