import { connect } from 'node:tls';
import { startRelay, type TcpRelay } from '../../support/tcp-relay';

export interface TlsRelay extends TcpRelay {
  /** The local port of each TLS connection made so far, in order: the address the switch sees. */
  readonly tlsPorts: number[];
  /** Why TLS connections failed (the handshake, a refused connection). */
  readonly errors: string[];
}

/**
 * A relay that carries every connection on over TLS to the switch's SIP TLS port, the switch's
 * certificate checked against the test CA: Debian's SIPp speaks no TLS itself, so SIPp talks TCP to
 * the relay and the switch sees a TLS client (whose address is the relay's side of it).
 */
export async function startTlsRelay(switchTlsPort: number, ca: Buffer): Promise<TlsRelay> {
  const tlsPorts: number[] = [];
  const errors: string[] = [];
  const relay = await startRelay(() => {
    const secure = connect({ host: '127.0.0.1', port: switchTlsPort, ca }, () => {
      tlsPorts.push(secure.localPort ?? 0);
    });
    secure.on('error', (error) => errors.push(error.message));
    return secure;
  });
  return { ...relay, tlsPorts, errors };
}
