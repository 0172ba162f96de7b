/** A SIP registration as sofia keeps it in sip_registrations. */
export interface Registration {
  user: string;
  realm: string;
  callId: string;
  /** The Contact URI as sofia stores it; a WebSocket phone's carries fs_nat and fs_path. */
  contactUri: string;
  /** Where the REGISTER came from. */
  networkIp: string;
  networkPort: number;
  /** `Registered(UDP)`, or `Registered(WSS-NAT)` for a phone on the secure WebSocket. */
  status: string;
  userAgent: string;
  expiresSeconds: number;
  /** Epoch seconds at which the row expires (expires + sip-expires-late-margin). */
  expiresAt: number;
}

export interface RegisterRequest {
  user: string;
  /** `host:port` the phone registers from; 127.0.0.1:5060 by default. */
  contact?: string;
  expires?: number;
  userAgent?: string;
  callId?: string;
  /**
   * A phone on the secure WebSocket: the user and host of its Contact URI (SIP.js makes up both, the
   * host ending in `.invalid`); `contact` is then the address of its WebSocket.
   */
  webSocket?: { contactUser: string; contactHost: string };
}

const LATE_MARGIN_SECONDS = 60;

/** The row sofia writes for a REGISTER with `callId` from a directory user of `realm`, at `nowSeconds`. */
export function registrationOf(
  request: RegisterRequest,
  realm: string,
  callId: string,
  nowSeconds: number,
): Registration {
  const [networkIp = '127.0.0.1', port = '5060'] = (request.contact ?? '127.0.0.1:5060').split(':');
  const expires = request.expires ?? 300;
  const { webSocket } = request;
  const fsPath = webSocket && `sip:${webSocket.contactUser}@${networkIp}:${port};transport=wss`;
  return {
    user: request.user,
    realm,
    callId,
    contactUri: webSocket
      ? `sip:${webSocket.contactUser}@${webSocket.contactHost};transport=ws;fs_nat=yes;fs_path=${encodeURIComponent(fsPath ?? '')}`
      : `sip:${request.user}@${networkIp}:${port};transport=UDP`,
    networkIp,
    networkPort: Number(port),
    status: webSocket ? 'Registered(WSS-NAT)' : 'Registered(UDP)',
    userAgent: request.userAgent ?? 'fs-simulator',
    expiresSeconds: expires,
    expiresAt: nowSeconds + expires + LATE_MARGIN_SECONDS,
  };
}

/** The contact header of sofia's events and `sofia status`. */
export const contactHeader = (row: Registration): string => `"" <${row.contactUri}>`;
