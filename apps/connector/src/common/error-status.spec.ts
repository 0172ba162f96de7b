import { ERROR_CODES } from '@fscon/contracts';
import * as errorStatus from './error-status';

const { ERROR_STATUS } = errorStatus;

describe('ERROR_STATUS', () => {
  it('gives every code a client or server error status, and names no code that does not exist', () => {
    expect(Object.keys(ERROR_STATUS).sort()).toEqual([...ERROR_CODES].sort());
    for (const code of ERROR_CODES)
      expect([code, ERROR_STATUS[code] >= 400 && ERROR_STATUS[code] < 600]).toEqual([code, true]);
  });

  it('is the only mapping: codes that share a suffix keep their own status', () => {
    expect(Object.keys(errorStatus)).toEqual(['ERROR_STATUS']);
    expect(ERROR_STATUS['LIVE.CONFERENCE_NOT_FOUND']).toBe(404);
    expect(ERROR_STATUS['LIVE.FREESWITCH_FAILED']).toBe(502);
    expect(ERROR_STATUS['XMLSTATE.NOT_READY']).toBe(503);
    expect(ERROR_STATUS['ESL.TIMEOUT']).toBe(504);
  });
});
