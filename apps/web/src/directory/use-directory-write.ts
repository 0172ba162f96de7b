import { useState } from 'react';
import type { WriteResponse } from '../api/directory-api';
import { describe } from '../auth/use-session';
import type { DirectoryState } from './use-directory';

/**
 * The editing state of a directory view: which element is open in the editor, the server's last
 * done/failed answer, and the error of a request that did not get one.
 */
export function useDirectoryWrite<Item, Editing>(directory: DirectoryState) {
  const [editing, setEditing] = useState<Editing | 'new'>();
  const [result, setResult] = useState<WriteResponse<Item>>();
  const [error, setError] = useState<string>();

  const write = async (action: () => Promise<WriteResponse<Item>>) => {
    setError(undefined);
    try {
      setResult(await action());
      setEditing(undefined);
      directory.reload();
    } catch (failure) {
      setError(describe(failure));
    }
  };

  return { editing, setEditing, result, error, write };
}
