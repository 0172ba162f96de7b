/** A value that survives JSON.stringify and JSON.parse unchanged. */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Who caused an event: a FreeSWITCH node's Event Socket, an admin user's request, or the connector itself. */
export type JournalSource =
  | { readonly type: 'freeswitch'; readonly node: string }
  | { readonly type: 'admin'; readonly user: string }
  | { readonly type: 'connector' };

/** What an event concerns, when it concerns one conference or one user. */
export type JournalSubject =
  { readonly type: 'conference'; readonly name: string } | { readonly type: 'user'; readonly id: string };

/** An event as a caller hands it to the journal. */
export interface JournalEntryDraft {
  /** Milliseconds since the Unix epoch. */
  readonly time: number;
  /** Dotted event name, e.g. `member.joined` or `user.added`. */
  readonly kind: string;
  readonly source: JournalSource;
  readonly subject?: JournalSubject;
  readonly payload: JsonValue;
}

/** An event as the journal keeps it: numbered without gaps within the journal's epoch. */
export interface JournalEntry extends JournalEntryDraft {
  readonly seq: number;
}
