import type { LiveTokenResponse, SessionResponse, UserInfoResponse } from '@fscon/contracts';
import { SessionEndedError } from '../live/live-connection';
import { ApiError, getJson, request } from './http';

export const login = (name: string, password: string) =>
  request<SessionResponse>('POST', '/session', { name, password });

export const logout = () => request<void>('DELETE', '/session');

/** The current session, or undefined when there is none. */
export async function currentSession(): Promise<SessionResponse | undefined> {
  try {
    return await getJson<SessionResponse>('/session');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return undefined;
    throw error;
  }
}

/** A single-use token for the live socket; SessionEndedError when the session is over. */
export async function liveToken(): Promise<string> {
  try {
    return (await getJson<LiveTokenResponse>('/session/live-token')).token;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) throw new SessionEndedError();
    throw error;
  }
}

export const userInfo = () => getJson<UserInfoResponse>('/userinfo');
