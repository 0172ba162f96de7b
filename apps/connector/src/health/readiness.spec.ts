import { NOT_READY_REASONS, readiness } from './readiness';

const READY = { eventSocketConnected: true, xmlStateRead: true, liveStateSynced: true };

describe('readiness', () => {
  it('is ready with no reasons when every check passes', () => {
    expect(readiness(READY)).toEqual({ ready: true, reasons: [] });
  });

  it('names every check that fails, in a fixed order', () => {
    expect(readiness({ eventSocketConnected: false, xmlStateRead: true, liveStateSynced: false })).toEqual({
      ready: false,
      reasons: [NOT_READY_REASONS.eventSocketConnected, NOT_READY_REASONS.liveStateSynced],
    });
    expect(readiness({ ...READY, xmlStateRead: false }).reasons).toEqual([
      "FreeSWITCH's configuration has not been read yet",
    ]);
  });
});
