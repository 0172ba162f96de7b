import type { Conference, Context } from '@fscon/contracts';

const VISIBLE_CONTEXTS: Record<Context, readonly Context[]> = {
  team: ['team', 'friends', 'public'],
  friends: ['friends', 'public'],
  public: ['public'],
};

/** Numeric conference numbers first, by value; anything else after them, by text. */
function byNumber(a: Conference, b: Conference): number {
  const numeric = (num: string) => /^\d+$/.test(num);
  if (numeric(a.num) && numeric(b.num)) return Number(a.num) - Number(b.num) || a.num.localeCompare(b.num);
  if (numeric(a.num) !== numeric(b.num)) return numeric(a.num) ? -1 : 1;
  return a.num.localeCompare(b.num);
}

/**
 * The conferences a user of `context` may see, in number order: team users see every conference,
 * friends the friends and public ones, public users the public ones.
 */
export function conferencesVisibleTo(context: Context, conferences: readonly Conference[]): Conference[] {
  const visible = VISIBLE_CONTEXTS[context];
  return conferences.filter((conference) => visible.includes(conference.context)).sort(byNumber);
}
