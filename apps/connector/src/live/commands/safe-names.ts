import { LiveControlError } from './live-control.errors';

/** Conference names and member ids are written into Event Socket commands: nothing else passes. */
const CONFERENCE_NAME = /^[A-Za-z0-9_.-]+$/;
const MEMBER_ID = /^\d+$/;

export function requireConferenceName(name: string): string {
  if (!CONFERENCE_NAME.test(name)) {
    throw new LiveControlError('LIVE.INVALID', `${JSON.stringify(name)} is not a conference name`);
  }
  return name;
}

export function requireMemberId(member: string): string {
  if (!MEMBER_ID.test(member)) {
    throw new LiveControlError('LIVE.INVALID', `${JSON.stringify(member)} is not a member id`);
  }
  return member;
}
