import { useState, type FormEvent } from 'react';
import { CONTEXTS, type Context } from '@fscon/contracts';
import type { DirectoryUser, NewUser, UserChange } from '../api/directory-api';

interface Props {
  /** The user to edit; a new one when undefined. */
  user?: DirectoryUser;
  onSubmit(change: NewUser | UserChange): void;
  onCancel(): void;
}

/**
 * Adds or edits a user. The server regenerates an absent password and resets an absent Polycom MAC on
 * edit, so both are always sent; the PIN only when changed, so a default PIN stays a reference to the default.
 */
export function UserEditor({ user, onSubmit, onCancel }: Props) {
  const [name, setName] = useState(user?.name ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [context, setContext] = useState<Context>(user?.context ?? 'public');
  const [password, setPassword] = useState(user?.password ?? '');
  const [newPassword, setNewPassword] = useState(false);
  const [conpin, setConpin] = useState(user?.conpin ?? '');
  const [polymac, setPolymac] = useState(user?.polymac ?? 'none');
  const [showPassword, setShowPassword] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const common = { name: name.trim(), email: email.trim(), context, polymac: polymac.trim() || 'none' };
    if (user === undefined) {
      onSubmit({ ...common, ...(password ? { password } : {}), ...(conpin ? { conpin } : {}) });
    } else {
      const pin = conpin !== user.conpin ? { conpin } : {};
      onSubmit({ id: user.id, ...common, ...(newPassword ? {} : { password }), ...pin });
    }
  };

  const title = user ? `Edit ${user.name} (${user.id})` : 'Add a user';
  return (
    <form className="editor" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      <label>
        Name (the login)
        <input required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Email
        <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        Context
        <select value={context} onChange={(e) => setContext(e.target.value as Context)}>
          {CONTEXTS.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      <label>
        Password {user ? '' : '(empty: generated)'}
        <input
          type={showPassword ? 'text' : 'password'}
          autoComplete="new-password"
          value={password}
          disabled={newPassword}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <label className="inline">
        <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
        Show password
      </label>
      {user && (
        <label className="inline">
          <input type="checkbox" checked={newPassword} onChange={(e) => setNewPassword(e.target.checked)} />
          Generate a new password
        </label>
      )}
      <label>
        Conference PIN {user ? '' : '(empty: the default)'}
        <input inputMode="numeric" value={conpin} onChange={(e) => setConpin(e.target.value)} />
      </label>
      <label>
        Polycom MAC (12 hex digits, or none)
        <input value={polymac} onChange={(e) => setPolymac(e.target.value)} />
      </label>
      <div className="actions">
        <button type="submit">{user ? 'Save' : 'Add user'}</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
