import { useState } from 'react';
import type { ConferenceCall, LiveConference } from '@fscon/contracts';
import type { ControlFields } from '../live/live-client';
import { ConfirmButton } from '../ui/ConfirmButton';
import { FieldDialog, type FieldRequest } from '../ui/FieldDialog';

interface Props {
  conference: LiveConference;
  exec(call: ConferenceCall, fields?: ControlFields): void;
}

/** Lock, mute all, kick all, the recording, a file to play and the PIN of one running conference. */
export function ConferenceControls({ conference, exec }: Props) {
  const { name, locked, recording } = conference;
  const [asking, setAsking] = useState<FieldRequest>();
  const askFile = () =>
    setAsking({
      title: `Play a file into ${name}`,
      label: 'Sound file, relative to the sounds folder',
      field: { kind: 'text', placeholder: 'fscon/16000/all-muted.wav' },
      submit: 'Play',
      onSubmit: (file) => exec('play', { file }),
    });
  const askPin = () =>
    setAsking({
      title: `PIN of ${name}`,
      label: 'PIN asked of those who join from now on (digits)',
      field: { kind: 'text', inputMode: 'numeric' },
      submit: 'Set PIN',
      onSubmit: (pin) => exec('pin', { pin }),
      alternative: { label: 'Remove PIN', onSelect: () => exec('pin', { pin: '' }) },
    });
  return (
    <div className="controls" role="group" aria-label={`Controls of ${name}`}>
      <button type="button" onClick={() => exec(locked ? 'unlock' : 'lock')}>
        {locked ? 'Unlock' : 'Lock'}
      </button>
      <button type="button" onClick={() => exec('muteall')}>
        Mute all
      </button>
      <ConfirmButton
        question={`Remove everyone from ${name}?`}
        confirm="Kick all"
        onConfirm={() => exec('kickall')}
      >
        Kick all
      </ConfirmButton>
      {recording.status === 'norec' && (
        <button type="button" onClick={() => exec('startrec')}>
          Start recording
        </button>
      )}
      {recording.status === 'running' && (
        <button type="button" onClick={() => exec('pauserec')}>
          Pause recording
        </button>
      )}
      {recording.status === 'paused' && (
        <button type="button" onClick={() => exec('resumerec')}>
          Resume recording
        </button>
      )}
      {recording.status !== 'norec' && (
        <ConfirmButton
          question={`Stop recording ${name}?`}
          confirm="Stop recording"
          onConfirm={() => exec('stoprec')}
        >
          Stop recording
        </ConfirmButton>
      )}
      <button type="button" aria-haspopup="dialog" onClick={askFile}>
        Play a file…
      </button>
      <button type="button" aria-haspopup="dialog" onClick={askPin}>
        PIN…
      </button>
      <FieldDialog request={asking} onClose={() => setAsking(undefined)} />
    </div>
  );
}
