import { useCallback, useState, type FormEvent } from 'react';
import { Announcer } from '../ui/Announcer';
import type { Tone } from './dtmf';
import { Keypad } from './Keypad';
import { MediaView } from './MediaView';
import type { PhoneController } from './phone-controller';
import { REGISTRATION_TEXT, type PhoneSnapshot } from './phone-state';
import type { PhoneStatus } from './use-phone';
import { usePhoneKeys } from './use-phone-keys';

interface Props {
  /** Undefined while SIP.js loads. */
  phone?: PhoneController;
  snapshot: PhoneSnapshot;
  status: PhoneStatus;
}

export function PhonePanel({ phone, snapshot, status }: Props) {
  const [number, setNumber] = useState('');
  const [sent, setSent] = useState('');
  const { call, registration } = snapshot;
  const inCall = call.phase === 'active';

  const press = useCallback(
    (tone: Tone) => {
      if (inCall) {
        phone?.sendDtmf(tone);
        setSent((keys) => (keys + tone).slice(-16));
      } else {
        setNumber((digits) => digits + tone);
      }
    },
    [phone, inCall],
  );
  usePhoneKeys(press, status === 'on' && call.phase !== 'ringing' && call.phase !== 'calling');

  const dial = (event: FormEvent) => {
    event.preventDefault();
    if (number.trim() === '') return;
    setSent('');
    phone?.dial(number.trim());
  };

  return (
    <section aria-labelledby="phone-title" className="phone">
      <h2 id="phone-title">Phone</h2>
      <Announcer notice={snapshot.announcement} label="Phone announcements" />
      {status !== 'on' || phone === undefined ? (
        <p className="notice info">
          {status === 'off'
            ? 'The server offers no WebSocket for SIP, so the browser phone is off.'
            : 'Starting the phone…'}
        </p>
      ) : (
        <>
          <p data-testid="registration-state">
            <span className={`badge state-reg-${registration}`}>{REGISTRATION_TEXT[registration]}</span>
          </p>
          <div role="alert">
            {snapshot.problem && <p className="notice error">{snapshot.problem.text}</p>}
          </div>
          {call.phase === 'idle' && (
            <form onSubmit={dial} className="dial">
              <label>
                Number
                <input inputMode="tel" value={number} onChange={(event) => setNumber(event.target.value)} />
              </label>
              <button type="submit" disabled={registration !== 'registered'}>
                Call
              </button>
              <button type="button" onClick={() => setNumber('')} disabled={number === ''}>
                Clear
              </button>
              <label className="inline">
                <input
                  type="checkbox"
                  checked={snapshot.video}
                  onChange={(e) => phone.setVideo(e.target.checked)}
                />
                With video
              </label>
            </form>
          )}
          {call.phase === 'ringing' && (
            <div className="call ringing">
              <p>Incoming call from {call.peer}</p>
              <button type="button" className="accept" onClick={() => phone.answer()}>
                Answer
              </button>
              <button type="button" className="danger" onClick={() => phone.hangup()}>
                Reject
              </button>
            </div>
          )}
          {(call.phase === 'calling' || inCall) && (
            <div className="call">
              <p>{inCall ? `In call with ${call.peer}` : `Calling ${call.peer}…`}</p>
              {inCall && (
                <button type="button" aria-pressed={call.muted} onClick={() => phone.toggleMute()}>
                  {call.muted ? 'Unmute microphone' : 'Mute microphone'}
                </button>
              )}
              <button type="button" className="danger" onClick={() => phone.hangup()}>
                Hang up
              </button>
              {inCall && sent && <p className="muted-text">Keys sent: {sent}</p>}
            </div>
          )}
          {call.phase !== 'ringing' && call.phase !== 'calling' && (
            <Keypad onPress={press} label={inCall ? 'Keypad: send tones' : 'Keypad: dial'} />
          )}
          <MediaView
            remote={snapshot.remoteStream}
            local={snapshot.localStream}
            video={call.phase !== 'idle' && call.video}
          />
        </>
      )}
    </section>
  );
}
