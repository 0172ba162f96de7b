import { pageSpan } from './paging';

interface Props {
  /** What is paged, plural: "sessions". */
  noun: string;
  page: number;
  pageSize: number;
  total: number;
  onPage(page: number): void;
}

/** Where the list is in a paged answer, and the buttons to the pages before and after. */
export function Pager({ noun, page, pageSize, total, onPage }: Props) {
  const { first, last, pages } = pageSpan(page, pageSize, total);
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous page
      </button>
      <span>
        Page {page} of {pages} ({first}–{last} of {total} {noun})
      </span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next page
      </button>
    </nav>
  );
}
