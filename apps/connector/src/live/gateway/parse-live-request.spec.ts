import { parseLiveRequest } from './parse-live-request';

const parse = (value: unknown) => parseLiveRequest(typeof value === 'string' ? value : JSON.stringify(value));

describe('parseLiveRequest', () => {
  it('reads the four requests of the protocol', () => {
    expect(parse({ req: 'init' })).toEqual({ request: { req: 'init' } });
    expect(parse({ req: 'init', since: 42 })).toEqual({ request: { req: 'init', since: 42 } });
    expect(parse({ req: 'init', since: 42, epoch: 'e1' })).toEqual({
      request: { req: 'init', since: 42, epoch: 'e1' },
    });
    expect(parse({ req: 'initreg' })).toEqual({ request: { req: 'initreg' } });
    expect(parse({ req: 'exec', conference: 'team_g722', call: 'startrec' })).toEqual({
      request: { req: 'exec', conference: 'team_g722', call: 'startrec' },
    });
    expect(parse({ req: 'memexec', conference: 'Test_1', call: 'kick', member: '12' })).toEqual({
      request: { req: 'memexec', conference: 'Test_1', call: 'kick', member: '12' },
    });
  });

  it('takes a member id given as a whole number, and ignores fields beyond the protocol', () => {
    expect(parse({ req: 'memexec', conference: 'c', call: 'mute', member: 7, extra: true })).toEqual({
      request: { req: 'memexec', conference: 'c', call: 'mute', member: '7' },
    });
  });

  it('takes the field each control needs, and only that one', () => {
    const member = { req: 'memexec', conference: 'c', member: '7' } as const;
    expect(parse({ ...member, call: 'volume_in', value: -2, file: 'x.wav' })).toEqual({
      request: { ...member, call: 'volume_in', value: -2 },
    });
    expect(parse({ ...member, call: 'energy', value: 300 })).toEqual({
      request: { ...member, call: 'energy', value: 300 },
    });
    expect(parse({ ...member, call: 'transfer', target: 'friends_conf' })).toEqual({
      request: { ...member, call: 'transfer', target: 'friends_conf' },
    });
    expect(parse({ ...member, call: 'play', file: 'fscon/16000/all-muted.wav' })).toEqual({
      request: { ...member, call: 'play', file: 'fscon/16000/all-muted.wav' },
    });
    expect(parse({ ...member, call: 'deaf', value: 3 })).toEqual({ request: { ...member, call: 'deaf' } });
    const conference = { req: 'exec', conference: 'c' } as const;
    expect(parse({ ...conference, call: 'play', file: 'a.wav' })).toEqual({
      request: { ...conference, call: 'play', file: 'a.wav' },
    });
    expect(parse({ ...conference, call: 'pin', pin: '' })).toEqual({
      request: { ...conference, call: 'pin', pin: '' },
    });
  });

  it('reads an invitation with its target, and no target on other conference controls', () => {
    expect(parse({ req: 'exec', conference: 'c', call: 'invite', target: 'sip:a@b.org' })).toEqual({
      request: { req: 'exec', conference: 'c', call: 'invite', target: 'sip:a@b.org' },
    });
    expect(parse({ req: 'exec', conference: 'c', call: 'lock', target: '20001' })).toEqual({
      request: { req: 'exec', conference: 'c', call: 'lock' },
    });
  });

  it('answers wrong format to text that is not JSON', () => {
    for (const text of ['', 'init', '{"req":', "{'req':'init'}"]) {
      expect(parseLiveRequest(text)).toEqual({ error: 'wrong format', code: 'LIVE.WRONG_FORMAT' });
    }
  });

  it('answers wrong protocol to JSON that is not a request of the right shape', () => {
    const wrong: unknown[] = [
      'null',
      '[]',
      '"init"',
      '7',
      {},
      { req: 'INIT' },
      { req: 'init', since: 1.5 },
      { req: 'init', since: null },
      { req: 'init', since: 5, epoch: 7 },
      { req: 'exec', conference: 'c' },
      { req: 'exec', conference: 'c', call: 'toString' },
      { req: 'exec', conference: 'c', call: 'kick' },
      { req: 'exec', conference: 7, call: 'lock' },
      { req: 'exec', conference: 'a b', call: 'lock' },
      { req: 'exec', conference: 'a\nb', call: 'lock' },
      { req: 'exec', conference: 'c'.repeat(257), call: 'lock' },
      { req: 'exec', conference: 'c', call: 'invite' },
      { req: 'exec', conference: 'c', call: 'invite', target: '' },
      { req: 'exec', conference: 'c', call: 'invite', target: 20001 },
      { req: 'exec', conference: 'c', call: 'invite', target: 'a b' },
      { req: 'exec', conference: 'c', call: 'invite', target: '1'.repeat(257) },
      { req: 'memexec', conference: 'c', call: 'mute' },
      { req: 'memexec', conference: 'c', call: 'lock', member: '1' },
      { req: 'memexec', conference: 'c', call: 'mute', member: 'all' },
      { req: 'memexec', conference: 'c', call: 'mute', member: '' },
      { req: 'memexec', conference: 'c', call: 'mute', member: 1.5 },
      { req: 'memexec', conference: 'c', call: 'mute', member: '12345678901' },
      { req: 'memexec', conference: 'c', call: 'volume_in', member: '1' },
      { req: 'memexec', conference: 'c', call: 'volume_out', member: '1', value: '2' },
      { req: 'memexec', conference: 'c', call: 'energy', member: '1', value: 1.5 },
      { req: 'memexec', conference: 'c', call: 'transfer', member: '1' },
      { req: 'memexec', conference: 'c', call: 'transfer', member: '1', target: 'a b' },
      { req: 'memexec', conference: 'c', call: 'play', member: '1', file: '' },
      { req: 'memexec', conference: 'c', call: 'play', member: '1', file: 7 },
      { req: 'exec', conference: 'c', call: 'play' },
      { req: 'exec', conference: 'c', call: 'pin' },
      { req: 'exec', conference: 'c', call: 'pin', pin: 1234 },
    ];
    for (const value of wrong)
      expect([value, parse(value)]).toEqual([
        value,
        { error: 'wrong protocol', code: 'LIVE.WRONG_PROTOCOL' },
      ]);
  });
});
