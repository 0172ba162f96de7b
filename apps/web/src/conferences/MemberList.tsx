import type { LiveConference, MemberCall } from '@fscon/contracts';
import { isMember } from '../live/apply-delta';
import { ConfirmButton } from '../ui/ConfirmButton';
import { memberName } from '../live/member-name';

interface Props {
  conference: LiveConference;
  names: ReadonlyMap<string, string>;
  /** Per-member controls, when the context has them. */
  memexec?(call: MemberCall, member: string): void;
}

export function MemberList({ conference, names, memexec }: Props) {
  const floor = isMember(conference.floor) ? conference.floor.confid : undefined;
  return (
    <ul className="members" aria-label={`Members of ${conference.name}`}>
      {conference.members.map((member) => {
        const name = memberName(member, names);
        return (
          <li key={member.confid} className="member">
            <span className="member-name">
              {name} <span className="muted-text">({member.id})</span>
            </span>
            <span className={`badge ${member.mute ? 'state-muted' : 'state-connected'}`}>
              {member.mute ? 'Muted' : 'Can speak'}
            </span>
            {member.confid === floor && <span className="badge state-floor">Has the floor</span>}
            {member.talking && <span className="badge state-talking">Talking</span>}
            {memexec && (
              <span className="actions">
                <button
                  type="button"
                  aria-label={`${member.mute ? 'Unmute' : 'Mute'} ${name}`}
                  onClick={() => memexec(member.mute ? 'unmute' : 'mute', member.confid)}
                >
                  {member.mute ? 'Unmute' : 'Mute'}
                </button>
                <ConfirmButton
                  label={`Kick ${name}`}
                  question={`Remove ${name} from ${conference.name}?`}
                  confirm="Kick"
                  onConfirm={() => memexec('kick', member.confid)}
                >
                  Kick
                </ConfirmButton>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
