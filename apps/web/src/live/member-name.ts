import type { LiveMember, NoMember } from '@fscon/contracts';
import { isMember } from './apply-delta';

/** A member's name; the directory's name when the phone sent only its number. */
export function memberName(member: LiveMember, names: ReadonlyMap<string, string>): string {
  const fromDirectory = names.get(member.id);
  return fromDirectory !== undefined && (member.name === '' || member.name === member.id)
    ? fromDirectory
    : member.name;
}

/** "ann (20003)", or "nobody" for `{}`. */
export function describeMember(member: LiveMember | NoMember, names: ReadonlyMap<string, string>): string {
  return isMember(member) ? `${memberName(member, names)} (${member.id})` : 'nobody';
}
