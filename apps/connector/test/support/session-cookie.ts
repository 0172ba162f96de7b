import { eventually, type TestSystem } from './system';

/** Logs in with POST /session once the connector is ready and gives the `name=value` of its cookie. */
export async function sessionCookie(
  system: TestSystem,
  name = 'defaultuser',
  password = 'napw',
): Promise<string> {
  const login = await eventually(async () => {
    const response = await fetch(`${system.url}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    expect(response.status).toBe(200);
    return response;
  });
  return login.headers.get('set-cookie')!.split(';')[0]!;
}
