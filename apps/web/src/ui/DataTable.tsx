import type { ReactNode } from 'react';

interface Props {
  /** For screen readers: what the table lists. */
  caption: string;
  columns: readonly string[];
  /** The rows, each with its row header. */
  children: ReactNode;
}

/** A table with column headers that scrolls sideways on a narrow screen. */
export function DataTable({ caption, columns, children }: Props) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
