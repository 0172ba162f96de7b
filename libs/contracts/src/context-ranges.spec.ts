import { contextOfConferenceNumber, contextOfUserId, DEFAULT_CONTEXT_RANGES } from './context-ranges';

describe('context ranges', () => {
  it('finds the context of a conference number', () => {
    expect(contextOfConferenceNumber('30000', DEFAULT_CONTEXT_RANGES)).toBe('team');
    expect(contextOfConferenceNumber('31999', DEFAULT_CONTEXT_RANGES)).toBe('friends');
    expect(contextOfConferenceNumber('32500', DEFAULT_CONTEXT_RANGES)).toBe('public');
    expect(contextOfConferenceNumber('33000', DEFAULT_CONTEXT_RANGES)).toBeUndefined();
    expect(contextOfConferenceNumber('^(3000)$', DEFAULT_CONTEXT_RANGES)).toBeUndefined();
  });

  it('finds the context of a user id', () => {
    expect(contextOfUserId('20000', DEFAULT_CONTEXT_RANGES)).toBe('team');
    expect(contextOfUserId('22999', DEFAULT_CONTEXT_RANGES)).toBe('public');
    expect(contextOfUserId('19999', DEFAULT_CONTEXT_RANGES)).toBeUndefined();
  });
});
