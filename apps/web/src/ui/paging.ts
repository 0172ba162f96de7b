export interface PageSpan {
  /** Positions (from 1) of the first and last element shown; both 0 when there is none. */
  first: number;
  last: number;
  pages: number;
}

/** Where a page of a paged answer lies in the whole; an empty answer is one empty page. */
export function pageSpan(page: number, pageSize: number, total: number): PageSpan {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = Math.min(total, (page - 1) * pageSize + 1);
  return { first, last: Math.min(total, page * pageSize), pages };
}
