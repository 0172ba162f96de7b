import type { ConferenceSession } from '@fscon/contracts';
import { localTime, Time } from '../ui/Time';
import { formatDuration } from './duration';

interface Props {
  session: ConferenceSession;
  /** Opens the session's timeline; the button gets the focus back when it closes. */
  onOpen(button: HTMLButtonElement): void;
}

export function SessionRow({ session, onOpen }: Props) {
  return (
    <tr>
      <th scope="row">
        {session.conference}
        {session.num !== '' && <span className="muted-text"> ({session.num})</span>}
      </th>
      <td>
        <Time at={session.startedAt} />
      </td>
      <td>{formatDuration(session.durationSeconds)}</td>
      <td>{session.peakMembers}</td>
      <td>{session.participants}</td>
      <td>{session.recordings}</td>
      <td>
        <button
          type="button"
          aria-label={`Timeline of ${session.conference} started ${localTime(session.startedAt)}`}
          onClick={(event) => onOpen(event.currentTarget)}
        >
          Timeline
        </button>
      </td>
    </tr>
  );
}
