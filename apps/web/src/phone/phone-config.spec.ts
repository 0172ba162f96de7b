import type { UserInfoResponse } from '@fscon/contracts';
import { phoneConfig } from './phone-config';

const info = (wss_binding: string): UserInfoResponse => ({
  id: '20000',
  name: 'defaultuser',
  password: 'napw',
  conpin: '2357',
  context: 'team',
  email: 'foo@bar.baz',
  polymac: 'none',
  wss_binding,
  internal_tls_port: '3361',
});

const https = (hostname: string) => ({ protocol: 'https:', hostname });

describe('phoneConfig', () => {
  it('reaches FreeSWITCH on the page host at the port of wss_binding', () => {
    expect(phoneConfig(info(':7443'), https('conf.example.org'))).toEqual({
      server: 'wss://conf.example.org:7443',
      domain: 'conf.example.org',
      userId: '20000',
      password: 'napw',
      displayName: 'defaultuser',
    });
    expect(phoneConfig(info('0.0.0.0:7443'), https('h'))?.server).toBe('wss://h:7443');
  });

  it('uses a plain WebSocket from a page served over plain HTTP', () => {
    const page = { protocol: 'http:', hostname: 'localhost' };
    expect(phoneConfig(info(':7443'), page)?.server).toBe('ws://localhost:7443');
  });

  it('has no phone without a binding', () => {
    expect(phoneConfig(info(''), https('h'))).toBeUndefined();
    expect(phoneConfig(info('nonsense'), https('h'))).toBeUndefined();
  });
});
