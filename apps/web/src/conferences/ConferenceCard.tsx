import { useId } from 'react';
import type { LiveConference, LiveRegistration } from '@fscon/contracts';
import type { LiveClient } from '../live/live-client';
import { CallButton } from '../phone/CallButton';
import { ConferenceControls } from './ConferenceControls';
import { InviteButton } from './InviteButton';
import { describeMember } from '../live/member-name';
import { MemberList } from './MemberList';

interface Props {
  conference: LiveConference;
  names: ReadonlyMap<string, string>;
  /** The client to send controls through, when the context may control conferences. */
  control?: LiveClient;
  /** The conferences the user may see, to transfer members to. */
  targets?: readonly string[];
  /** Whom the Invite dialog offers: the registered users first. */
  registrations: Readonly<Record<string, LiveRegistration>>;
  /** The caller may also invite SIP addresses and numbers. */
  inviteAddresses: boolean;
}

const RECORDING_TEXT = { norec: 'Not recording', running: 'Recording', paused: 'Recording paused' };

export function ConferenceCard({
  conference,
  names,
  control,
  targets,
  registrations,
  inviteAddresses,
}: Props) {
  const titleId = useId();
  const { recording } = conference;
  return (
    <article className="conference" aria-labelledby={titleId}>
      <header>
        <h3 id={titleId}>
          {conference.name} <span className="muted-text">{conference.num}</span>
        </h3>
        <CallButton target={conference.num} name={conference.name} />
      </header>
      <dl className="facts">
        <dt>Members</dt>
        <dd>{conference.memcount}</dd>
        <dt>Lock</dt>
        <dd>
          <span className={`badge ${conference.locked ? 'state-locked' : 'state-idle'}`}>
            {conference.locked ? 'Locked' : 'Open'}
          </span>
        </dd>
        <dt>Recording</dt>
        <dd>
          <span className={`badge state-rec-${recording.status}`}>{RECORDING_TEXT[recording.status]}</span>
          {recording.status !== 'norec' && <span className="file"> {recording.file.split('/').pop()}</span>}
        </dd>
        <dt>Floor</dt>
        <dd>{describeMember(conference.floor, names)}</dd>
        <dt>Last joined</dt>
        <dd>{describeMember(conference.lastjoin, names)}</dd>
        <dt>Last left</dt>
        <dd>{describeMember(conference.lastleave, names)}</dd>
        <dt>Context, type</dt>
        <dd>
          {conference.context}, {conference.type}
        </dd>
      </dl>
      {control && (
        <>
          <ConferenceControls
            conference={conference}
            exec={(call, fields) => control.exec(conference.name, call, fields)}
          />
          <InviteButton
            conference={conference.name}
            registrations={registrations}
            names={names}
            addresses={inviteAddresses}
            invite={(target) => control.invite(conference.name, target)}
          />
        </>
      )}
      <MemberList
        conference={conference}
        names={names}
        memexec={
          control && ((call, member, fields) => control.memexec(conference.name, call, member, fields))
        }
        targets={targets}
      />
    </article>
  );
}
