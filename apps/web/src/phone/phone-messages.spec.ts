import { dtmfInfoBody, isDialable, toneForKey } from './dtmf';
import { messageForMediaError, messageForStatus } from './phone-messages';

describe('phone messages', () => {
  it('say what a failed call means', () => {
    expect(messageForStatus(486, '30000')).toBe('30000 is busy.');
    expect(messageForStatus(404, '39999')).toBe('39999 was not found.');
    expect(messageForStatus(480, 'ann')).toBe('ann is not available right now.');
    expect(messageForStatus(503, 'x')).toBe('The server could not connect the call (503).');
    expect(messageForStatus(487, 'x')).toBeUndefined();
  });

  it('say what to do when the microphone is refused or missing', () => {
    const denied = Object.assign(new Error('denied'), { name: 'NotAllowedError' });
    expect(messageForMediaError(denied, false)).toMatch(/^Access to the microphone was denied/);
    expect(messageForMediaError({ name: 'NotFoundError' }, true)).toBe('No microphone or camera was found.');
    expect(messageForMediaError('weird', false)).toBe('The microphone could not be opened.');
  });
});

describe('dtmf', () => {
  it('takes digits, star and hash from the keyboard, nothing else', () => {
    expect(['5', '*', '#', '0'].map(toneForKey)).toEqual(['5', '*', '#', '0']);
    expect(['a', 'Enter', '55', ''].map(toneForKey)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('dials numbers and user parts, never addresses or spaces', () => {
    expect(isDialable('30000')).toBe(true);
    expect(isDialable('*98#')).toBe(true);
    expect(isDialable('ann@evil')).toBe(false);
    expect(isDialable('1 2')).toBe(false);
    expect(isDialable('')).toBe(false);
  });

  it('writes the application/dtmf-relay body', () => {
    expect(dtmfInfoBody('#')).toBe('Signal=#\r\nDuration=160\r\n');
  });
});
