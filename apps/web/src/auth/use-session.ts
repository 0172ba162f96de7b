import { useCallback, useEffect, useState } from 'react';
import type { SessionResponse } from '@fscon/contracts';
import { ApiError, onSessionLost } from '../api/http';
import * as sessionApi from '../api/session-api';

export type SessionState =
  | { phase: 'checking' }
  | { phase: 'anonymous'; reason?: string }
  | { phase: 'authenticated'; session: SessionResponse };

/** The browser session: checked once on load, opened by the login form, lost when the server says so. */
export function useSession() {
  const [state, setState] = useState<SessionState>({ phase: 'checking' });

  const lost = useCallback(() => {
    setState({ phase: 'anonymous', reason: 'Your session has ended. Please log in again.' });
  }, []);

  useEffect(() => {
    let active = true;
    sessionApi.currentSession().then(
      (session) => active && setState(session ? { phase: 'authenticated', session } : { phase: 'anonymous' }),
      (error: unknown) => active && setState({ phase: 'anonymous', reason: describe(error) }),
    );
    const unsubscribe = onSessionLost(lost);
    return () => {
      active = false;
      unsubscribe();
    };
  }, [lost]);

  const login = useCallback(async (name: string, password: string) => {
    const session = await sessionApi.login(name, password);
    setState({ phase: 'authenticated', session });
  }, []);

  const logout = useCallback(async () => {
    await sessionApi.logout().catch(() => undefined);
    setState({ phase: 'anonymous', reason: 'You have logged out.' });
  }, []);

  return { state, login, logout, lost };
}

export function describe(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
