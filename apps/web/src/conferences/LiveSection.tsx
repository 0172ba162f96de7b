import type { LiveClient, LiveSnapshot } from '../live/live-client';
import type { Capabilities } from '../app/capabilities';
import { Registrations } from '../registrations/Registrations';
import { ConferenceCard } from './ConferenceCard';

interface Props {
  capabilities: Capabilities;
  client: LiveClient;
  snapshot: LiveSnapshot;
  names: ReadonlyMap<string, string>;
  /** The conferences the user may see, to transfer members to. */
  targets?: readonly string[];
}

/** Every running conference the user may see, and who is online, as the live socket reports them. */
export function LiveSection({ capabilities, client, snapshot, names, targets }: Props) {
  const { view } = snapshot;
  const conferences = Object.values(view.conferences).sort((a, b) => a.num.localeCompare(b.num));
  return (
    <div className="live">
      <section aria-labelledby="running-title">
        <h2 id="running-title">Running conferences ({conferences.length})</h2>
        {!view.synced && snapshot.connection !== 'connected' && (
          <p className="notice info">Waiting for the live state from the server…</p>
        )}
        {conferences.length === 0 && view.synced && <p>No conference is running.</p>}
        <div className="cards">
          {conferences.map((conference) => (
            <ConferenceCard
              key={conference.name}
              conference={conference}
              names={names}
              control={capabilities.controlConferences ? client : undefined}
              targets={targets}
              registrations={view.registrations}
              inviteAddresses={capabilities.inviteAddresses}
            />
          ))}
        </div>
      </section>
      <Registrations
        registrations={view.registrations}
        names={names}
        showContacts={capabilities.seeSipContacts}
      />
    </div>
  );
}
