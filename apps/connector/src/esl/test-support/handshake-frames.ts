import { capturedFrames, findFrame } from './captured-frames';

const startup = capturedFrames('startup', 'startup.json');
const wrongPassword = capturedFrames('errors', 'errors-wrong-password.json');

/** Real frames FreeSWITCH sends around the handshake. */
export const HANDSHAKE_FRAMES = {
  authRequest: findFrame(startup, 'auth/request').bytes,
  authAccepted: findFrame(startup, 'command/reply', '+OK accepted').bytes,
  authRejected: findFrame(wrongPassword, 'command/reply', '-ERR invalid').bytes,
  listenerEnabled: findFrame(startup, 'command/reply', '+OK event listener enabled json').bytes,
  bye: findFrame(startup, 'command/reply', '+OK bye').bytes,
  disconnectNotice: findFrame(startup, 'text/disconnect-notice').bytes,
  /** What FreeSWITCH 1.11 sends, before its disconnect notice, to an address its apply-inbound-acl refuses. */
  rudeRejection: Buffer.from(
    'Content-Type: text/rude-rejection\nContent-Length: 24\n\nAccess Denied, go away.\n',
  ),
};
