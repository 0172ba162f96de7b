import type { ConnectionState } from '../live/live-connection';

const TEXT: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

/** The live connection's state, in words and colour. */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  return (
    <p className="connection" data-testid="connection-state">
      <span className="visually-hidden">Live updates: </span>
      <span className={`badge state-${state}`}>{TEXT[state]}</span>
    </p>
  );
}
