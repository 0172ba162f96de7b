import { CAPABILITIES, sectionsFor } from './capabilities';

describe('capabilities', () => {
  it('let the team manage and control everything', () => {
    expect(CAPABILITIES.team).toMatchObject({
      controlConferences: true,
      manageDirectory: true,
      recordings: 'team',
      history: 'team',
      audit: true,
    });
    expect(sectionsFor(CAPABILITIES.team)).toEqual([
      'live',
      'users',
      'conferences',
      'recordings',
      'history',
      'audit',
      'account',
    ]);
  });

  it('let friends control conferences, their recordings and history, but not the directory or audit', () => {
    expect(CAPABILITIES.friends).toMatchObject({
      controlConferences: true,
      manageDirectory: false,
      recordings: 'friends',
      directorySource: 'friends',
      history: 'friends',
      audit: false,
    });
    expect(CAPABILITIES.friends.conferenceContexts).not.toContain('team');
    expect(sectionsFor(CAPABILITIES.friends)).toEqual([
      'live',
      'users',
      'conferences',
      'recordings',
      'history',
      'account',
    ]);
  });

  it('let the public watch and call, nothing more', () => {
    expect(CAPABILITIES.public).toMatchObject({ controlConferences: false, manageDirectory: false });
    expect(sectionsFor(CAPABILITIES.public)).toEqual(['live', 'users', 'conferences', 'account']);
  });
});
