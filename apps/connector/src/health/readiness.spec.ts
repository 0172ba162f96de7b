import { NOT_READY_REASONS, readiness } from './readiness';

const READY = {
  eventSocketConnected: true,
  xmlStateRead: true,
  liveStateSynced: true,
  configurationCurrent: true,
  eventsCurrent: true,
  journalWritable: true,
};

describe('readiness', () => {
  it('is ready with no reasons when every check passes', () => {
    expect(readiness(READY)).toEqual({ ready: true, reasons: [] });
  });

  it('names every check that fails, in a fixed order', () => {
    expect(readiness({ ...READY, eventSocketConnected: false, liveStateSynced: false })).toEqual({
      ready: false,
      reasons: [NOT_READY_REASONS.eventSocketConnected, NOT_READY_REASONS.liveStateSynced],
    });
    expect(readiness({ ...READY, xmlStateRead: false }).reasons).toEqual([
      "FreeSWITCH's configuration has not been read yet",
    ]);
    expect(readiness({ ...READY, configurationCurrent: false })).toEqual({
      ready: false,
      reasons: ["FreeSWITCH's configuration could not be read after its last change"],
    });
    expect(readiness({ ...READY, eventsCurrent: false }).reasons).toEqual([
      "the connector is behind FreeSWITCH's events",
    ]);
    expect(readiness({ ...READY, journalWritable: false }).reasons).toEqual([
      'the journal cannot be written',
    ]);
  });
});
