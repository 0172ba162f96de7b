import type { Conference, Context, ContextRanges } from '@fscon/contracts';
import { conferenceFilePath, isRenderableConferenceType } from '@fscon/fs-xml';
import { lowestFreeNumber, rangeExhausted } from '../../config-files/lowest-free-number';

/** The error strings of the conference routes; clients of the original match on the first three. */
export const CONFERENCE_ERRORS = {
  nameTaken: 'name already taken',
  typeUnknown: 'type not implementet',
  noContext: 'context does not exist',
  noConference: (num: string) => `no conference ${num}`,
  notInOwnFile: (num: string) =>
    `conference ${num} is not defined in ${conferenceFilePath(num)}, so it cannot be changed`,
} as const;

/** What the conference commands decide on: the dialplan as FreeSWITCH has it and the files on disk. */
export interface ConferencesView {
  conferences: readonly Conference[];
  conferencetypes: readonly string[];
  ranges: ContextRanges;
  /** Paths of the files in dialplan/conferences/, relative to the configuration folder. */
  files: ReadonlySet<string>;
}

const FILE_NUM = /\/(\d+)\.xml$/;

/**
 * The conferences while a request is decided, element after element: each element sees what the
 * ones before it did. Numbers are taken by conferences FreeSWITCH knows and by files on disk.
 */
export class WorkingDialplan {
  private readonly conferences: Map<string, Conference>;
  private readonly files: Set<string>;
  private readonly taken: Set<string>;

  constructor(readonly view: ConferencesView) {
    this.conferences = new Map(view.conferences.map((conference) => [conference.num, conference]));
    this.files = new Set(view.files);
    this.taken = new Set([
      ...this.conferences.keys(),
      ...[...view.files].flatMap((path) => FILE_NUM.exec(path)?.[1] ?? []),
    ]);
  }

  byNum(num: string): Conference | undefined {
    return this.conferences.get(num);
  }

  nameTaken(name: string, exceptNum?: string): boolean {
    return [...this.conferences.values()].some((c) => c.name === name && c.num !== exceptNum);
  }

  /** A type FreeSWITCH has a profile for and the connector can write an extension for. */
  typeImplemented(type: string): boolean {
    return this.view.conferencetypes.includes(type) && isRenderableConferenceType(type);
  }

  hasOwnFile(conference: Conference): boolean {
    return this.files.has(conferenceFilePath(conference.num));
  }

  /** The lowest free number of the context's range, or the message saying there is none. */
  nextNum(context: Context): { num: string } | { error: string } {
    const range = this.view.ranges[context].conferences;
    const num = lowestFreeNumber(range, this.taken);
    return num === undefined ? { error: rangeExhausted('conference number', context, range) } : { num };
  }

  put(conference: Conference): void {
    this.conferences.set(conference.num, conference);
    this.taken.add(conference.num);
    this.files.add(conferenceFilePath(conference.num));
  }

  remove(conference: Conference): void {
    this.conferences.delete(conference.num);
    this.taken.delete(conference.num);
    this.files.delete(conferenceFilePath(conference.num));
  }
}
