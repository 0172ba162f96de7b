import { liveToken } from '../api/session-api';
import type { LiveConnectionDeps, SocketLike } from './live-connection';

/** The live socket of this page's origin: `/api/live?token=…`, never a password in the URL. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'>, token: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/api/live?token=${encodeURIComponent(token)}`;
}

export function browserConnectionDeps(): LiveConnectionDeps {
  return {
    fetchToken: liveToken,
    openSocket: (token) => browserSocket(liveUrl(window.location, token)),
    isOnline: () => navigator.onLine,
    setTimer: (run, ms) => window.setTimeout(run, ms),
    clearTimer: (timer) => window.clearTimeout(timer as number | undefined),
    random: Math.random,
  };
}

function browserSocket(url: string): SocketLike {
  const webSocket = new WebSocket(url);
  const socket: SocketLike = {
    onopen: null,
    onmessage: null,
    onclose: null,
    send: (data) => webSocket.send(data),
    close: () => webSocket.close(),
  };
  webSocket.onopen = () => socket.onopen?.();
  webSocket.onmessage = (event) => socket.onmessage?.({ data: event.data });
  webSocket.onclose = () => socket.onclose?.();
  return socket;
}
