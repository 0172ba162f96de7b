import type { ReactNode } from 'react';
import type { Loaded } from '../app/use-loaded';
import { DataTable } from './DataTable';
import { Pager } from './Pager';

interface Props {
  loaded: Loaded<{ page: number; pageSize: number; total: number }>;
  /** What is listed: `{ one: 'session', many: 'sessions' }`. */
  noun: { one: string; many: string };
  caption: string;
  columns: readonly string[];
  onPage(page: number): void;
  children: ReactNode;
}

/** One page of a server-side paged list: its loading state or error, the table, and the pager. */
export function PagedTable({
  loaded: { data, error, loading },
  noun,
  caption,
  columns,
  onPage,
  children,
}: Props) {
  return (
    <>
      <div role="alert">{error && <p className="notice error">{error}</p>}</div>
      <p role="status">
        {loading ? 'Loading…' : data && `${data.total} ${data.total === 1 ? noun.one : noun.many}`}
      </p>
      <DataTable caption={caption} columns={columns}>
        {children}
      </DataTable>
      {data && (
        <Pager
          noun={noun.many}
          page={data.page}
          pageSize={data.pageSize}
          total={data.total}
          onPage={onPage}
        />
      )}
    </>
  );
}
