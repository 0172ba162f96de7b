import type { Conference, Context, ContextRanges } from '@fscon/contracts';
import { conferenceFilePath, isRenderableConferenceType } from '@fscon/fs-xml';
import { lowestFreeNumber, rangeExhausted } from '../numbering/lowest-free-number';

/** What the conference commands decide on: the dialplan as FreeSWITCH has it and the files on disk. */
export interface DialplanState {
  readonly conferences: ReadonlyMap<string, Conference>;
  readonly conferencetypes: readonly string[];
  readonly ranges: ContextRanges;
  /** Paths of the files in dialplan/conferences/, relative to the configuration folder. */
  readonly files: ReadonlySet<string>;
}

export interface DialplanView {
  conferences: readonly Conference[];
  conferencetypes: readonly string[];
  ranges: ContextRanges;
  files: Iterable<string>;
}

export function dialplanState({ conferences, conferencetypes, ranges, files }: DialplanView): DialplanState {
  return {
    conferences: new Map(conferences.map((conference) => [conference.num, conference])),
    conferencetypes,
    ranges,
    files: new Set(files),
  };
}

export function conferenceNameTaken(state: DialplanState, name: string, exceptNum?: string): boolean {
  return [...state.conferences.values()].some((c) => c.name === name && c.num !== exceptNum);
}

/** A type FreeSWITCH has a profile for and the connector can write an extension for. */
export function typeImplemented(state: DialplanState, type: string): boolean {
  return state.conferencetypes.includes(type) && isRenderableConferenceType(type);
}

export function hasOwnConferenceFile(state: DialplanState, conference: Conference): boolean {
  return state.files.has(conferenceFilePath(conference.num));
}

const FILE_NUM = /\/(\d+)\.xml$/;

/** The lowest free number of the context's range (taken by conferences or files), or why there is none. */
export function nextConferenceNum(
  state: DialplanState,
  context: Context,
): { num: string } | { error: string } {
  const taken = new Set([
    ...state.conferences.keys(),
    ...[...state.files].flatMap((path) => FILE_NUM.exec(path)?.[1] ?? []),
  ]);
  const range = state.ranges[context].conferences;
  const num = lowestFreeNumber(range, taken);
  return num === undefined ? { error: rangeExhausted('conference number', context, range) } : { num };
}

export function withConference(state: DialplanState, conference: Conference): DialplanState {
  return {
    ...state,
    conferences: new Map(state.conferences).set(conference.num, conference),
    files: new Set(state.files).add(conferenceFilePath(conference.num)),
  };
}

export function withoutConference(state: DialplanState, conference: Conference): DialplanState {
  const conferences = new Map(state.conferences);
  conferences.delete(conference.num);
  const files = new Set(state.files);
  files.delete(conferenceFilePath(conference.num));
  return { ...state, conferences, files };
}
