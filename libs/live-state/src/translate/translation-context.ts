/** What translation needs to know beyond the event itself; a plain lookup keeps it pure. */
export interface TranslationContext {
  /** The directory's name of a user id, or undefined for an unknown id. */
  directoryName(userId: string): string | undefined;
}

/** A context without a directory: members keep the names FreeSWITCH reports. */
export const WITHOUT_DIRECTORY: TranslationContext = { directoryName: () => undefined };
