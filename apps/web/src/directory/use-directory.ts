import { useCallback, useEffect, useMemo, useState } from 'react';
import { loadDirectory, type Directory } from '../api/directory-api';
import type { DirectorySource } from '../app/capabilities';
import { describe } from '../auth/use-session';
import { namesById } from './filters';

const EMPTY: Directory = { users: [], conferences: [], types: [] };

/** The directory as the context may see it; loaded again on `newXML` (xmlVersion) and after changes. */
export function useDirectory(source: DirectorySource, xmlVersion: number) {
  const [directory, setDirectory] = useState<Directory>(EMPTY);
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let active = true;
    setLoading(true);
    loadDirectory(source).then(
      (loaded) => {
        if (!active) return;
        setDirectory(loaded);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!active) return;
        setError(`The directory could not be loaded: ${describe(failure)}`);
        setLoading(false);
      },
    );
    return () => {
      active = false;
    };
  }, [source, xmlVersion, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const names = useMemo(() => namesById(directory.users), [directory.users]);
  return { directory, names, error, loading, reload };
}

export type DirectoryState = ReturnType<typeof useDirectory>;
