import { useEffect, useState } from 'react';
import { browserConnectionDeps } from '../live/browser-deps';
import { LiveClient } from '../live/live-client';
import { useStore } from '../ui/use-store';

/** One live client for the dashboard's lifetime, following the browser's online state. */
export function useLive(onSessionEnded: () => void) {
  const [client] = useState(() => new LiveClient(browserConnectionDeps(), onSessionEnded));
  useEffect(() => {
    const online = () => client.networkChanged(true);
    const offline = () => client.networkChanged(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    client.start();
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      client.stop();
    };
  }, [client]);
  return { client, snapshot: useStore(client) };
}
