import { digestFetch } from './digest-client';
import { rawApi } from './raw-esl';
import type { TestSystem } from './system';

export interface Login {
  user: string;
  password: string;
}

export const TEAM: Login = { user: 'defaultuser', password: 'napw' };

/**
 * Requests to a running test system: JSON over Digest (GET without a body, POST with one; a string body
 * goes as written) and `xml_locate` asked of the simulator directly.
 */
export function jsonRequests(system: () => TestSystem) {
  const request = (path: string, body?: unknown, who: Login = TEAM) =>
    digestFetch(`${system().url}${path}`, {
      ...who,
      method: body === undefined ? 'GET' : 'POST',
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
  const ok = async (path: string, body?: unknown) => {
    const response = await request(path, body);
    expect(response.status).toBe(200);
    return JSON.parse(response.body);
  };
  const locate = (section: string) => {
    const { host, port, password } = system().config.freeswitch;
    return rawApi(host, port, password, `xml_locate ${section}`);
  };
  return { request, ok, locate };
}
