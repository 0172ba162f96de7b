import { LoginForm } from '../auth/LoginForm';
import { useSession } from '../auth/use-session';
import { Dashboard } from './Dashboard';

export function App() {
  const { state, login, logout, lost } = useSession();
  switch (state.phase) {
    case 'checking':
      return <p role="status">Loading…</p>;
    case 'anonymous':
      return <LoginForm reason={state.reason} onLogin={login} />;
    case 'authenticated':
      return (
        <Dashboard
          key={state.session.user.id}
          session={state.session}
          onLogout={logout}
          onSessionLost={lost}
        />
      );
    default: {
      const unhandled: never = state;
      return unhandled;
    }
  }
}
