import { CAPABILITIES, sectionsFor } from './capabilities';

describe('capabilities', () => {
  it('let the team manage and control everything', () => {
    expect(CAPABILITIES.team).toMatchObject({
      controlConferences: true,
      manageDirectory: true,
      recordings: 'team',
    });
    expect(sectionsFor(CAPABILITIES.team)).toEqual(['live', 'users', 'conferences', 'recordings', 'account']);
  });

  it('let friends control conferences and their recordings, but not the directory', () => {
    expect(CAPABILITIES.friends).toMatchObject({
      controlConferences: true,
      manageDirectory: false,
      recordings: 'friends',
      directorySource: 'friends',
    });
    expect(CAPABILITIES.friends.conferenceContexts).not.toContain('team');
  });

  it('let the public watch and call, nothing more', () => {
    expect(CAPABILITIES.public).toMatchObject({ controlConferences: false, manageDirectory: false });
    expect(sectionsFor(CAPABILITIES.public)).toEqual(['live', 'users', 'conferences', 'account']);
  });
});
