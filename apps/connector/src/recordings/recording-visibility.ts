import type { Conference } from '@fscon/contracts';
import { conferenceOfRecording } from './recording-name';

/**
 * Whether friends may see a recording: only when it belongs to a conference of the current xmlState
 * outside the team context. Recordings of removed conferences and names outside the pattern stay team-only.
 */
export function isFriendsRecording(file: string, conferences: readonly Conference[]): boolean {
  const name = conferenceOfRecording(file);
  if (name === undefined) return false;
  const conference = conferences.find((candidate) => candidate.name === name);
  return conference !== undefined && conference.context !== 'team';
}
