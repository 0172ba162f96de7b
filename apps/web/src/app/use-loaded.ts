import { useCallback, useEffect, useState } from 'react';
import { describe } from '../auth/use-session';

export interface Loaded<T> {
  /** The last answer; kept while the next one loads (a list does not flicker between pages), not after a failure. */
  data?: T;
  error?: string;
  loading: boolean;
}

/**
 * The answer of `load`, asked again whenever `load` changes (keep it in `useCallback` with the query it
 * reads) and on `reload`; an answer that arrives after a newer request started is dropped.
 */
export function useLoaded<T>(load: () => Promise<T>, what: string): Loaded<T> & { reload(): void } {
  const [state, setState] = useState<Loaded<T>>({ loading: true });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let active = true;
    setState((previous) => ({ data: previous.data, loading: true }));
    load().then(
      (data) => active && setState({ data, loading: false }),
      (failure: unknown) =>
        active && setState({ error: `${what} could not be loaded: ${describe(failure)}`, loading: false }),
    );
    return () => {
      active = false;
    };
  }, [load, what, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...state, reload };
}
