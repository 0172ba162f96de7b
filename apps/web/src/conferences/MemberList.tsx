import { useState } from 'react';
import type { LiveConference } from '@fscon/contracts';
import { isMember } from '../live/apply-delta';
import { ConfirmButton } from '../ui/ConfirmButton';
import { FieldDialog, type FieldRequest } from '../ui/FieldDialog';
import { MenuButton } from '../ui/MenuButton';
import { memberName } from '../live/member-name';
import { memberMenuItems, type MemberExec } from './member-controls';

interface Props {
  conference: LiveConference;
  names: ReadonlyMap<string, string>;
  /** Per-member controls, when the context has them. */
  memexec?: MemberExec;
  /** The conferences the user may see, to transfer members to. */
  targets?: readonly string[];
}

export function MemberList({ conference, names, memexec, targets = [] }: Props) {
  const floor = isMember(conference.floor) ? conference.floor.confid : undefined;
  const [asking, setAsking] = useState<FieldRequest>();
  return (
    <>
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
              {member.deaf && <span className="badge state-muted">Deaf</span>}
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
                  <MenuButton
                    label={`Controls of ${name}`}
                    text="Controls"
                    items={memberMenuItems({
                      member,
                      name,
                      conference: conference.name,
                      targets,
                      memexec,
                      ask: setAsking,
                    })}
                  />
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <FieldDialog request={asking} onClose={() => setAsking(undefined)} />
    </>
  );
}
