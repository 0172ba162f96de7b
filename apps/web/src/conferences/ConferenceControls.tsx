import type { ConferenceCall, LiveConference } from '@fscon/contracts';
import { ConfirmButton } from '../ui/ConfirmButton';

interface Props {
  conference: LiveConference;
  exec(call: ConferenceCall): void;
}

/** Lock, mute all, kick all and the recording of one running conference. */
export function ConferenceControls({ conference, exec }: Props) {
  const { name, locked, recording } = conference;
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
    </div>
  );
}
