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

describe('phoneConfig', () => {
  it('reaches FreeSWITCH on the page host at the port of wss_binding', () => {
    expect(phoneConfig(info(':7443'), 'conf.example.org')).toEqual({
      server: 'wss://conf.example.org:7443',
      domain: 'conf.example.org',
      userId: '20000',
      password: 'napw',
      displayName: 'defaultuser',
    });
    expect(phoneConfig(info('0.0.0.0:7443'), 'h')?.server).toBe('wss://h:7443');
  });

  it('has no phone without a binding', () => {
    expect(phoneConfig(info(''), 'h')).toBeUndefined();
    expect(phoneConfig(info('nonsense'), 'h')).toBeUndefined();
  });
});
