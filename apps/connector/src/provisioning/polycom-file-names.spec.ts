import { isAppendedLog, isUcsFile, plainFileName } from './polycom-file-names';

describe('plainFileName', () => {
  it.each(['0004f2aabbcc.cfg', 'allprov.cfg', '0004f2aabbcc-app.log', 'sip.ld', 'a b.txt', 'x.y.z'])(
    'accepts %s',
    (name) => expect(plainFileName(name)).toBe(name),
  );

  it.each([
    '',
    '.',
    '..',
    '.hidden',
    '../x',
    'a/b',
    'a\\b',
    'a..b',
    'nul\0.cfg',
    'line\n.cfg',
    'x'.repeat(256),
  ])('refuses %j with PROVISIONING_FILE.INVALID', (name) =>
    expect(() => plainFileName(name)).toThrow(expect.objectContaining({ code: 'PROVISIONING_FILE.INVALID' })),
  );
});

describe('file kinds', () => {
  it('serves application images, version files, pictures and sounds from the UCS folder', () => {
    expect(['sip.ld', '2345-12365-001.sip.LD', 'sip.ver', 'Welcome.jpg', 'Ring.wav'].every(isUcsFile)).toBe(
      true,
    );
    expect(['0004f2aabbcc.cfg', 'allprov.cfg', 'sip.ld.cfg'].some(isUcsFile)).toBe(false);
  });

  it('appends application logs only', () => {
    expect(isAppendedLog('0004f2aabbcc-app.log')).toBe(true);
    expect(isAppendedLog('0004f2aabbcc-boot.log')).toBe(false);
    expect(isAppendedLog('0004f2aabbcc-app.log.1')).toBe(false);
  });
});
