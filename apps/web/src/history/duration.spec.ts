import { formatDuration, formatTalkTime } from './duration';

describe('formatDuration', () => {
  it('shows seconds, minutes with seconds, or hours with minutes', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(60)).toBe('1 min 00 s');
    expect(formatDuration(185)).toBe('3 min 05 s');
    expect(formatDuration(3599)).toBe('59 min 59 s');
    expect(formatDuration(3600)).toBe('1 h 00 min');
    expect(formatDuration(7380 + 59)).toBe('2 h 03 min');
    expect(formatDuration(100 * 3600)).toBe('100 h 00 min');
  });

  it('calls a length that has not ended ongoing', () => {
    expect(formatDuration(null)).toBe('ongoing');
  });
});

describe('formatTalkTime', () => {
  it('shows tenths of a second under a minute, then as a duration', () => {
    expect(formatTalkTime(0)).toBe('0.0 s');
    expect(formatTalkTime(0.8)).toBe('0.8 s');
    expect(formatTalkTime(59.9)).toBe('59.9 s');
    expect(formatTalkTime(185.4)).toBe('3 min 05 s');
  });
});
