import { readFileSync } from 'fs';
import { join } from 'path';
import { FS_CAPTURES } from '../test-support/fixtures';
import { parseGlobals } from './globals';

describe('parseGlobals', () => {
  it('reads every variable of the captured global_getvar answer', () => {
    const text = readFileSync(join(FS_CAPTURES, 'startup/outputs/global_getvar.txt'), 'utf8');
    const globals = parseGlobals(text);
    expect(Object.keys(globals)).toHaveLength(text.trimEnd().split('\n').length);
    expect(globals).toMatchObject({
      hostname: 'vm',
      local_ip_v4: '127.0.0.1',
      defconpin: '0815',
      modconpin: '2357',
      internal_tls_port: '3361',
      wss_binding: ':7443',
      sip_tls_ciphers: 'ALL:!ADH:!LOW:!EXP:!MD5:@STRENGTH',
      core_uuid: 'bc663382-997e-443a-89e1-cc14bcb14404',
    });
  });

  it('splits at the first "=", keeps values as written and skips empty and nameless lines', () => {
    expect(parseGlobals('a=b=c\n\nempty=\npad=  x  \r\n=orphan\nno equals sign\nzero=007\n')).toEqual({
      a: 'b=c',
      empty: '',
      pad: '  x  ',
      zero: '007',
    });
    expect(parseGlobals('')).toEqual({});
    expect(parseGlobals('last=line')).toEqual({ last: 'line' });
  });

  it('keeps a variable named like an object property as a plain entry', () => {
    const globals = parseGlobals('__proto__=x\nconstructor=y\n');
    expect(Object.getPrototypeOf(globals)).toBe(Object.prototype);
    expect(Object.entries(globals)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
  });
});
