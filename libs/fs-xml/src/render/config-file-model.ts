import type { Conference, Context, User } from '@fscon/contracts';

/** The global variables a user file may refer to for its conference pin. */
export type ConpinReference = 'modconpin' | 'defconpin';

/** A conference pin as written: a reference FreeSWITCH expands when it loads the file, or a value. */
export type ConpinSetting = { reference: ConpinReference } | { value: string };

/** Everything a user file holds; the conference flags follow from the context. */
export interface UserFile extends Omit<User, 'conpin'> {
  conpin: ConpinSetting;
}

/** Everything a conference extension file holds; the context follows from the number. */
export type ConferenceFile = Omit<Conference, 'context'>;

/** Team users get the moderator pin, everybody else the default pin. */
export function defaultConpinReference(context: Context): ConpinReference {
  return context === 'team' ? 'modconpin' : 'defconpin';
}

/** The `conf_flags` a user of each context joins conferences with. */
export const CONFERENCE_FLAGS: Readonly<Record<Context, string>> = {
  team: 'moderator|mute-detect',
  friends: 'moderator|mute-detect',
  public: 'mute-detect|mute',
};

/** The codecs offered to callers of a conference, per conference type (profile). */
export const CONFERENCE_TYPE_CODECS: Readonly<Record<string, string>> = {
  '16kHz-novideo': 'G722',
  '48kHz-video': 'OPUS,VP8',
};

/** Whether a conference extension can be written for this type. */
export function isRenderableConferenceType(type: string): boolean {
  return Object.hasOwn(CONFERENCE_TYPE_CODECS, type);
}
