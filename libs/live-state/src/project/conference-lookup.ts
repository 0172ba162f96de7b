import { CONTEXTS, type Conference, type Context } from '@fscon/contracts';
import type { ConferenceVisibility } from '../model/live-journal-event';

/** What the xmlState knows of a conference: its context, profile (type) and number. */
export type ConferenceInfo = Pick<Conference, 'context' | 'type' | 'num'>;

/** The xmlState conference of a name, or undefined when the dialplan has none of that name. */
export type ConferenceLookup = (name: string) => ConferenceInfo | undefined;

/**
 * A conference that runs in FreeSWITCH but is not in the xmlState (started by hand, or the dialplan
 * changed since) is treated as a team conference with an empty type and number: only the team sees it.
 */
export const UNLISTED_CONFERENCE: ConferenceInfo = { context: 'team', type: '', num: '' };

export function conferenceLookup(conferences: readonly ConferenceVisibility[]): ConferenceLookup {
  const byName = new Map(conferences.map((c) => [c.name, { context: c.context, type: c.type, num: c.num }]));
  return (name) => byName.get(name);
}

export function conferenceInfo(lookup: ConferenceLookup, name: string): ConferenceInfo {
  return lookup(name) ?? UNLISTED_CONFERENCE;
}

const AUDIENCES: Record<Context, readonly Context[]> = {
  public: CONTEXTS,
  friends: ['team', 'friends'],
  team: ['team'],
};

/** Who may see a conference: public ones everybody, friends ones friends and team, team ones the team. */
export function conferenceAudience(lookup: ConferenceLookup, name: string): readonly Context[] {
  return AUDIENCES[conferenceInfo(lookup, name).context];
}

/** Registrations (and newXML) go to everybody. */
export const EVERYBODY: readonly Context[] = CONTEXTS;
