import type { LiveRegistration } from '@fscon/contracts';

interface Props {
  registrations: Readonly<Record<string, LiveRegistration>>;
  names: ReadonlyMap<string, string>;
  showContacts: boolean;
}

/** Who is online: one line per user, with the number of registered devices. */
export function Registrations({ registrations, names, showContacts }: Props) {
  const byUser = new Map<string, LiveRegistration[]>();
  for (const registration of Object.values(registrations)) {
    byUser.set(registration.id, [...(byUser.get(registration.id) ?? []), registration]);
  }
  const users = [...byUser.entries()].sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-labelledby="online-title" className="online">
      <h2 id="online-title">Online ({users.length})</h2>
      {users.length === 0 ? (
        <p>No phone is registered.</p>
      ) : (
        <ul>
          {users.map(([id, devices]) => (
            <li key={id}>
              <span className="badge state-connected">Online</span> {names.get(id) ?? 'unknown user'}{' '}
              <span className="muted-text">({id})</span>
              {devices.length > 1 && <span> — {devices.length} devices</span>}
              {showContacts && <span className="muted-text"> {devices.map((d) => d.sipcon).join(', ')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
