import { Counter, Registry } from 'prom-client';
import { MetricsListener } from './metrics-listener';

describe('MetricsListener', () => {
  const registry = new Registry();
  new Counter({ name: 'fscon_probe_total', help: 'a probe', registers: [registry] }).inc(3);
  let listener: MetricsListener;
  const get = (path: string, init: RequestInit = {}) =>
    fetch(`http://127.0.0.1:${listener.port}${path}`, init);

  afterEach(() => listener.close());

  it('serves the registry at /metrics and nothing else', async () => {
    listener = new MetricsListener(registry, { host: '127.0.0.1', port: 0 });
    await listener.listen();
    const response = await get('/metrics');
    expect(response.headers.get('content-type')).toBe(registry.contentType);
    expect(await response.text()).toContain('fscon_probe_total 3');
    expect((await get('/')).status).toBe(404);
    expect((await get('/metrics', { method: 'POST' })).status).toBe(405);
  });

  it('wants the bearer token when one is set', async () => {
    listener = new MetricsListener(registry, { host: '127.0.0.1', port: 0, token: 't0k' });
    await listener.listen();
    expect((await get('/metrics')).status).toBe(401);
    expect((await get('/metrics', { headers: { authorization: 'Bearer t0' } })).status).toBe(401);
    expect((await get('/metrics', { headers: { authorization: 'Bearer t0k' } })).status).toBe(200);
  });

  it('fails to start on a port in use', async () => {
    listener = new MetricsListener(registry, { host: '127.0.0.1', port: 0 });
    await listener.listen();
    const second = new MetricsListener(registry, { host: '127.0.0.1', port: listener.port });
    await expect(second.listen()).rejects.toThrow(/EADDRINUSE/);
  });
});
