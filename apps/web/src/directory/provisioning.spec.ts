import { provisioningUrls } from './provisioning';

describe('provisioningUrls', () => {
  it('puts the escaped login into the Linphone and Polycom addresses', () => {
    expect(
      provisioningUrls(
        { name: 'ann b', password: 'p@ss:1', polymac: '0004f2aabbcc' },
        'https://conf.example.org',
      ),
    ).toEqual({
      linphone: 'https://ann%20b:p%40ss%3A1@conf.example.org/linphone',
      polycom: 'https://ann%20b:p%40ss%3A1@conf.example.org/polycom/',
    });
  });

  it('gives no Polycom address without a MAC, and nothing without a password', () => {
    expect(provisioningUrls({ name: 'ann', password: 'pw', polymac: 'none' }, 'https://h')).toEqual({
      linphone: 'https://ann:pw@h/linphone',
    });
    expect(provisioningUrls({ name: 'ann' }, 'https://h')).toBeUndefined();
  });
});
