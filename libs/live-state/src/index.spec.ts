import * as liveState from '@fscon/live-state';

describe('@fscon/live-state', () => {
  it('exports translation, evolve, snapshots, projections and reconciliation', () => {
    const names = [
      'translateEslEvent',
      'evolve',
      'evolveAll',
      'parseConferenceList',
      'parseRegistrations',
      'projectLiveEvent',
      'projectLiveEvents',
      'toClientConference',
      'visibleConferences',
      'conferenceLookup',
      'conferenceAudience',
      'diffLiveStates',
      'registrationKey',
      'emptyConference',
      'isModeratorControl',
    ] as const;
    for (const name of names) expect(typeof liveState[name]).toBe('function');
    expect(liveState.EMPTY_LIVE_STATE.conferences.size).toBe(0);
    expect(liveState.WITHOUT_DIRECTORY.directoryName('20000')).toBeUndefined();
    expect(liveState.MODERATOR_CONTROLS).toContain('muteall');
    expect(() => liveState.parseRegistrations('-ERR')).toThrow(liveState.LiveSnapshotError);
  });
});
