import type { WriteResponse } from '../api/directory-api';

interface Props<T> {
  result?: WriteResponse<T>;
  /** How a done element or a failed request is named in the list. */
  describe(element: T | Record<string, unknown>): string;
}

/** The server's answer to a write, element by element: what was done and what failed, with why. */
export function WriteOutcome<T>({ result, describe }: Props<T>) {
  return (
    <div role="status" className="write-outcome">
      {result && (
        <ul>
          {result.done.map((element, index) => (
            <li key={`done-${index}`} className="notice ok">
              Done: {describe(element)}
            </li>
          ))}
          {result.failed.map((failure, index) => (
            <li key={`failed-${index}`} className="notice error">
              Failed: {describe(failedElement(failure))} — {failure.error}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The request a failure names: `{error, user}` / `{error, conference}`, or the fields beside `error`. */
function failedElement(failure: { error: string } & Record<string, unknown>): Record<string, unknown> {
  const { error: _error, ...rest } = failure;
  const values = Object.values(rest);
  const nested = values.length === 1 && typeof values[0] === 'object' && values[0] !== null;
  return nested ? (values[0] as Record<string, unknown>) : rest;
}
