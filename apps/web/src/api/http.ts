/** A failed request: the HTTP status (0 when the server could not be reached) and the server's message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const sessionLostListeners = new Set<() => void>();

/** Called whenever a request is refused as unauthenticated (the session expired or was ended). */
export function onSessionLost(listener: () => void): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

/**
 * A JSON request to the connector with the session cookie. `X-Requested-With` tells the server that a
 * script asks: it then answers 401 without a Digest challenge (no browser login dialog) and accepts the
 * cookie for changes.
 */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Requested-With': 'fscon-web' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'The server cannot be reached.');
  }
  const text = await response.text();
  const data = parse(text);
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/session')) sessionLostListeners.forEach((l) => l());
    const message =
      typeof data?.error === 'string' ? data.error : `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message);
  }
  return data as T;
}

export const getJson = <T>(path: string) => request<T>('GET', path);
export const postJson = <T>(path: string, body: unknown) => request<T>('POST', path, body);

function parse(text: string): Record<string, unknown> | undefined {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** A path segment for a name the user typed or a list gave. */
export const segment = (value: string) => encodeURIComponent(value);
