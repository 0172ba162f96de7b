import { digestFetch } from './digest-client';
import { rawApi } from './raw-esl';
import type { TestSystem } from './system';

export interface Login {
  user: string;
  password: string;
}

export const TEAM: Login = { user: 'defaultuser', password: 'napw' };

/**
 * JSON over Digest to the server at `baseUrl()`: GET without a body, POST with one (a string body
 * goes as written); `ok` expects 200 and parses the answer.
 */
export function digestJson(baseUrl: () => string) {
  const request = (path: string, body?: unknown, who: Login = TEAM) =>
    digestFetch(`${baseUrl()}${path}`, {
      ...who,
      method: body === undefined ? 'GET' : 'POST',
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
  const ok = async (path: string, body?: unknown) => {
    const { status, body: answer } = await request(path, body);
    expect({ status, answer }).toEqual({ status: 200, answer });
    return JSON.parse(answer);
  };
  return { request, ok };
}

/** Requests to a running test system, and `xml_locate` asked of the simulator directly. */
export function jsonRequests(system: () => TestSystem) {
  const locate = (section: string) => {
    const { host, password } = system().config.freeswitch;
    return rawApi(host, system().simulator.port, password, `xml_locate ${section}`);
  };
  return { ...digestJson(() => system().url), locate };
}
