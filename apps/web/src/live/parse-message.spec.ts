import { parseLiveMessage } from './parse-message';

describe('parseLiveMessage', () => {
  it('reads replies, deltas with and without seq, and errors', () => {
    expect(parseLiveMessage('{"event":"reply","reply":"init","data":[]}')).toEqual({
      event: 'reply',
      reply: 'init',
      data: [],
    });
    expect(parseLiveMessage('{"event":"mute","conference":"c","data":"4","seq":7}')).toEqual({
      event: 'mute',
      conference: 'c',
      data: '4',
      seq: 7,
    });
    expect(parseLiveMessage('{"event":"newXML"}')).toEqual({ event: 'newXML' });
    expect(parseLiveMessage('{"event":"error","error":"wrong protocol"}')).toEqual({
      event: 'error',
      error: 'wrong protocol',
    });
  });

  it.each([
    ['not JSON', 'hello'],
    ['not an object', '[1]'],
    ['an unknown event', '{"event":"explode","conference":"c"}'],
    ['an inherited name', '{"event":"toString","conference":"c"}'],
    ['a member without confid', '{"event":"newMember","conference":"c","data":{"name":"x"}}'],
    ['a mute without member', '{"event":"mute","conference":"c"}'],
    ['a registration without regid', '{"event":"addReg","user":{"id":"1"}}'],
    ['an unknown reply', '{"event":"reply","reply":"other","data":[]}'],
    ['a reply without a list', '{"event":"reply","reply":"init","data":{}}'],
    ['a broken seq', '{"event":"lock","conference":"c","seq":"x"}'],
  ])('drops %s', (_, text) => {
    expect(parseLiveMessage(text)).toBeUndefined();
  });
});
