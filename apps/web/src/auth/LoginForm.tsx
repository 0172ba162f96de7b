import { useState, type FormEvent } from 'react';
import { describe } from './use-session';

interface Props {
  reason?: string;
  onLogin(name: string, password: string): Promise<void>;
}

/** Name and password, sent once in a POST body; the password field is cleared after every attempt. */
export function LoginForm({ reason, onLogin }: Props) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onLogin(name.trim(), password);
    } catch (failure) {
      setError(describe(failure));
      setPassword('');
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <h1>fscon</h1>
      <form onSubmit={submit} aria-describedby="login-status">
        <h2>Log in</h2>
        <div id="login-status" role="status">
          {reason && !error && <p className="notice info">{reason}</p>}
        </div>
        <div role="alert">{error && <p className="notice error">{error}</p>}</div>
        <label>
          Name
          <input
            name="username"
            autoComplete="username"
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </main>
  );
}
