import { readFileSync } from 'fs';
import { captureEvents } from '../esl-frames/esl-frames';
import { nthEvent, withHeaders } from '../test-support/captured-events';
import { capturePath } from '../test-support/fixtures';
import { member } from '../test-support/live-builders';
import { translateEslEvent } from './translate-esl-event';
import { WITHOUT_DIRECTORY, type TranslationContext } from './translation-context';

const directory: TranslationContext = { directoryName: (id) => ({ '20001': 'teamuser2' })[id] };
const conference = captureEvents(readFileSync(capturePath('conference', 'plain')));
const dtmf = captureEvents(readFileSync(capturePath('dtmf', 'plain')));
const sip = captureEvents(readFileSync(capturePath('sipmember', 'plain')));
const registration = captureEvents(readFileSync(capturePath('registration', 'plain')));

describe('translateEslEvent: members', () => {
  it('given a SIP member whose caller-id name is its number, then the id is Caller-Username and the name the directory one', () => {
    const added = nthEvent(sip, 'add-member', 1);
    expect(added.headers['Caller-Username']).toBe('20001');
    expect(translateEslEvent(added, directory)).toEqual([
      { type: 'MemberJoined', data: { conference: 'team_g722', member: member('18', '20001', 'teamuser2') } },
    ]);
  });

  it('given no directory name for that user, then the member keeps the name FreeSWITCH reports', () => {
    const [joined] = translateEslEvent(nthEvent(sip, 'add-member', 1), WITHOUT_DIRECTORY);
    expect(joined).toMatchObject({ data: { member: { name: '20001', id: '20001' } } });
  });

  it('given a member event without Member-ID or without Conference-Name, then nothing', () => {
    const added = nthEvent(conference, 'add-member');
    expect(translateEslEvent(withHeaders(added, { 'Member-ID': undefined }), directory)).toEqual([]);
    expect(translateEslEvent(withHeaders(added, { 'Conference-Name': undefined }), directory)).toEqual([]);
    expect(
      translateEslEvent(withHeaders(nthEvent(conference, 'mute-member'), { 'Member-ID': '' }), directory),
    ).toEqual([]);
  });

  it('given a floor-change whose member headers are not the New-ID, then nothing', () => {
    const change = withHeaders(nthEvent(conference, 'floor-change'), { 'New-ID': '99' });
    expect(translateEslEvent(change, directory)).toEqual([]);
  });
});

describe('translateEslEvent: recording', () => {
  it('given start-recording with an Error header (the file could not be opened), then nothing', () => {
    const failed = withHeaders(nthEvent(conference, 'start-recording'), {
      Error: 'File could not be opened for recording',
    });
    expect(translateEslEvent(failed, directory)).toEqual([]);
  });

  it('given start-recording without a Path, then nothing; stop-recording without one stops whatever records', () => {
    expect(
      translateEslEvent(withHeaders(nthEvent(conference, 'start-recording'), { Path: undefined }), directory),
    ).toEqual([]);
    expect(
      translateEslEvent(withHeaders(nthEvent(conference, 'stop-recording'), { Path: undefined }), directory),
    ).toEqual([{ type: 'RecordingStopped', data: { conference: 'team_g722' } }]);
  });
});

describe('translateEslEvent: moderator keys', () => {
  it('given the dtmf capture, then one ModeratorKeyPressed per key with its control', () => {
    const keys = dtmf
      .flatMap((e) => translateEslEvent(e, directory))
      .filter((e) => e.type === 'ModeratorKeyPressed');
    expect(keys.map((e) => [e.data.key, e.data.control])).toEqual([
      ['1', 'startrecording'],
      ['5', 'checkrecording'],
      ['2', 'pauserecording'],
      ['3', 'resumerecording'],
      ['4', 'stoprecording'],
      ['*', 'muteall'],
      ['6', 'conferencelock'],
      ['7', 'conferenceunlock'],
    ]);
    expect(keys[0]!.data).toEqual({
      conference: 'team_g722',
      member: member('13', '20000', 'defaultuser', true),
      key: '1',
      control: 'startrecording',
    });
  });
});

describe('translateEslEvent: registrations', () => {
  const expected = { id: '20001', regid: 'fscap-reg-plain-1795799608017', sipcon: '127.0.0.1:5071' };
  const key = { id: expected.id, regid: expected.regid };

  it('given sofia::register, then RegistrationAdded of from-user, call-id and network address', () => {
    expect(translateEslEvent(nthEvent(registration, 'sofia::register'), directory)).toEqual([
      { type: 'RegistrationAdded', data: { registration: expected } },
    ]);
  });

  it('given sofia::unregister, then RegistrationRemoved for unregister of from-user and call-id', () => {
    expect(translateEslEvent(nthEvent(registration, 'sofia::unregister'), directory)).toEqual([
      { type: 'RegistrationRemoved', data: { registration: key, reason: 'unregister' } },
    ]);
  });

  it('given the sofia::unregister of a closed WebSocket (no network address), then RegistrationRemoved for disconnect', () => {
    // What FreeSWITCH fires when the connection of a WSS registration closes (mod_sofia's nua_i_media_error).
    const headers = {
      'profile-name': 'internal',
      'from-user': '20001',
      'from-host': '127.0.0.1',
      'call-id': key.regid,
      rpid: 'unknown',
      reason: 'socket-disconnection',
    };
    const unregister = { ...nthEvent(registration, 'sofia::unregister'), headers };
    expect(translateEslEvent(unregister, directory)).toEqual([
      { type: 'RegistrationRemoved', data: { registration: key, reason: 'disconnect' } },
    ]);
  });

  it('given sofia::expire (user in `user`, not from-user), then RegistrationRemoved for expire', () => {
    const registrationOf20000 = { id: '20000', regid: 'fscap-exp-plain-1795799609838' };
    expect(translateEslEvent(nthEvent(registration, 'sofia::expire'), directory)).toEqual([
      { type: 'RegistrationRemoved', data: { registration: registrationOf20000, reason: 'expire' } },
    ]);
  });

  it('given pre_register, register_attempt or a register without call-id, then nothing', () => {
    expect(translateEslEvent(nthEvent(registration, 'sofia::pre_register'), directory)).toEqual([]);
    expect(translateEslEvent(nthEvent(registration, 'sofia::register_attempt'), directory)).toEqual([]);
    const anonymous = withHeaders(nthEvent(registration, 'sofia::register'), { 'call-id': undefined });
    expect(translateEslEvent(anonymous, directory)).toEqual([]);
  });

  it('given an event with neither headers nor subclass, then nothing', () => {
    expect(translateEslEvent({ name: 'CUSTOM', headers: {} }, directory)).toEqual([]);
    expect(
      translateEslEvent({ name: 'CUSTOM', subclass: 'conference::maintenance', headers: {} }, directory),
    ).toEqual([]);
  });
});
