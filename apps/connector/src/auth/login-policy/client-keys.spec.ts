import { addressKey, nameKey, pairKey } from './client-keys';

describe('client keys', () => {
  it('keeps an IPv4 address, also when written as IPv4-mapped IPv6', () => {
    expect(addressKey('192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('::FFFF:127.0.0.1')).toBe('127.0.0.1');
  });

  it('counts an IPv6 address under its /64, however it is written', () => {
    const key = '2001:db8:0:1::/64';
    for (const address of [
      '2001:db8:0:1::1',
      '2001:0DB8:0000:0001:ffff:ffff:ffff:ffff',
      '2001:db8:0:1:0:0:192.0.2.1',
    ]) {
      expect([address, addressKey(address)]).toEqual([address, key]);
    }
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('2001:db8:0:2::1')).not.toBe(key);
  });

  it('leaves anything else as it is', () => {
    expect(addressKey('unknown')).toBe('unknown');
  });

  it('hashes a long name, keeping two long names apart', () => {
    const long = 'x'.repeat(5000);
    expect(nameKey('alice')).toBe('alice');
    expect(nameKey(long)).toHaveLength(44);
    expect(nameKey(long)).not.toBe(nameKey(`${long}y`));
  });

  it('keys a pair by the address key and the name key', () => {
    expect(pairKey('::ffff:10.0.0.1', 'a b')).toBe('10.0.0.1 a b');
  });
});
