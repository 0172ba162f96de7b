import type { TranslationContext } from './translation-context';

/**
 * The name a member is shown with: the caller-id name, unless that is empty or just the number
 * (SIP phones that send no display name); then the directory's name of the user, if it has one.
 */
export function memberName(
  callerIdName: string,
  callerIdNumber: string,
  id: string,
  context: TranslationContext,
): string {
  const shown = callerIdName.trim();
  if (shown !== '' && shown !== callerIdNumber.trim() && shown !== id) {
    return callerIdName;
  }
  return context.directoryName(id) ?? (shown === '' ? id : callerIdName);
}

/** The member's user id: the SIP user name when the member came in over SIP, else the caller-id number. */
export function memberId(username: string | undefined, callerIdNumber: string): string {
  return username !== undefined && username !== '' ? username : callerIdNumber;
}
