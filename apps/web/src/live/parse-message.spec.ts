import { parseLiveMessage } from './parse-message';
import { conference } from './test-support/fixtures';

const CONFERENCE = conference('room');

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
    const snapshot = { event: 'reply', reply: 'init', data: [CONFERENCE], seq: 3 };
    expect(parseLiveMessage(JSON.stringify(snapshot))).toEqual(snapshot);
    const floor = { event: 'floorchange', conference: 'room', data: {} };
    expect(parseLiveMessage(JSON.stringify(floor))).toEqual(floor);
    expect(
      parseLiveMessage('{"event":"error","error":"wrong protocol","code":"LIVE.WRONG_PROTOCOL"}'),
    ).toEqual({
      event: 'error',
      error: 'wrong protocol',
      code: 'LIVE.WRONG_PROTOCOL',
    });
    expect(parseLiveMessage('{"event":"error","error":"odd","code":"NO.SUCH_CODE"}')).toEqual({
      event: 'error',
      error: 'odd',
      code: 'INTERNAL',
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
    [
      'a member whose name is not text',
      '{"event":"newMember","conference":"c","data":{"name":{},"id":"1","confid":"1","mute":false}}',
    ],
    [
      'a running recording without file',
      `{"event":"newConference","data":${JSON.stringify({ ...CONFERENCE, recording: { status: 'running' } })}}`,
    ],
    [
      'a snapshot with a broken conference',
      `{"event":"reply","reply":"init","data":[${JSON.stringify({ ...CONFERENCE, members: [{}] })}]}`,
    ],
  ])('drops %s', (_, text) => {
    expect(parseLiveMessage(text)).toBeUndefined();
  });
});
