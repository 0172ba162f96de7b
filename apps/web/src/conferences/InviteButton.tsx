import { useId, useRef, useState, type FormEvent } from 'react';
import type { LiveRegistration } from '@fscon/contracts';
import { trapFocus } from '../ui/trap-focus';
import { inviteChoices } from './invite-choices';

interface Props {
  conference: string;
  registrations: Readonly<Record<string, LiveRegistration>>;
  names: ReadonlyMap<string, string>;
  /** Team users may also call a SIP address or a number. */
  addresses: boolean;
  invite(target: string): void;
}

/**
 * "Invite…": a modal dialog (the focus stays in it, Escape closes it) to pick a directory
 * user, registered ones first, or to type a SIP address or number. A failed call's cause comes back as
 * an error notice.
 */
export function InviteButton({ conference, registrations, names, addresses, invite }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const userId = useId();
  const addressId = useId();
  const [user, setUser] = useState('');
  const [address, setAddress] = useState('');
  const { registered, others } = inviteChoices(registrations, names);
  const groups = [
    { label: 'Registered', users: registered },
    { label: 'Not registered', users: others },
  ];
  const target = address.trim() || user;
  const close = () => dialog.current?.close();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (target === '') return;
    invite(target);
    setAddress('');
    close();
  };
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        Invite…
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="confirm invite" onKeyDown={trapFocus}>
        <form onSubmit={submit}>
          <h3 id={titleId}>Invite into {conference}</h3>
          <label htmlFor={userId}>User</label>
          <select id={userId} value={user} onChange={(event) => setUser(event.target.value)} autoFocus>
            <option value="">Choose a user</option>
            {groups.map(({ label, users }) => (
              <optgroup key={label} label={label}>
                {users.map(({ id, name }) => (
                  <option key={id} value={id}>
                    {name} ({id})
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {addresses && (
            <>
              <label htmlFor={addressId}>or SIP address or number</label>
              <input
                id={addressId}
                type="text"
                value={address}
                placeholder="sip:alice@example.org"
                onChange={(event) => setAddress(event.target.value)}
              />
            </>
          )}
          <div className="actions">
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button type="submit" disabled={target === ''}>
              Call
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
