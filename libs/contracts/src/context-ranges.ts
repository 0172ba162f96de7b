import { CONTEXTS, type Context } from './xml-state';

export interface NumberRange {
  first: number;
  last: number;
}

/** Per context, the numbers its users and its conferences are given. */
export type ContextRanges = Record<Context, { users: NumberRange; conferences: NumberRange }>;

export const DEFAULT_CONTEXT_RANGES: ContextRanges = {
  team: { users: { first: 20000, last: 20999 }, conferences: { first: 30000, last: 30999 } },
  friends: { users: { first: 21000, last: 21999 }, conferences: { first: 31000, last: 31999 } },
  public: { users: { first: 22000, last: 22999 }, conferences: { first: 32000, last: 32999 } },
};

function inRange(num: string, range: NumberRange): boolean {
  if (!/^\d+$/.test(num)) return false;
  const n = Number(num);
  return n >= range.first && n <= range.last;
}

export function contextOfConferenceNumber(num: string, ranges: ContextRanges): Context | undefined {
  return CONTEXTS.find((context) => inRange(num, ranges[context].conferences));
}

export function contextOfUserId(id: string, ranges: ContextRanges): Context | undefined {
  return CONTEXTS.find((context) => inRange(id, ranges[context].users));
}
