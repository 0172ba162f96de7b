import type { Server } from 'node:http';

/**
 * Node's server.close() ends the connections idle at that moment and then waits for the others,
 * which a keep-alive client ends only when it drops them, seconds later. So a response that finishes
 * once the server is closing ends its connection too: stopping waits for answers, not for clients.
 */
export function closeConnectionsWhenStopping(server: Server): void {
  server.on('request', (_request, response) =>
    response.once('finish', () => {
      if (!server.listening) setImmediate(() => server.closeIdleConnections());
    }),
  );
}
