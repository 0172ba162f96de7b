import { statusForCode } from './error-status';

describe('statusForCode', () => {
  it.each([
    ['USER.NOT_FOUND', 404],
    ['CONFERENCE.NOT_FOUND', 404],
    ['BODY.INVALID', 400],
    ['USER.CONFLICT', 409],
    ['BODY.TOO_LARGE', 413],
    ['BODY.UNSUPPORTED_MEDIA_TYPE', 415],
    ['CONTEXT.FORBIDDEN', 403],
    ['XMLSTATE.NOT_READY', 503],
    ['ESL.NOT_CONNECTED', 503],
    ['ESL.TIMEOUT', 504],
    ['XMLSTATE.UNREADABLE', 502],
    ['SOMETHING.ELSE', 500],
  ])('maps %s to %i', (code, status) => {
    expect(statusForCode(code)).toBe(status);
  });
});
