/** A fixed certificate fingerprint: no DTLS handshake ever happens, the answer only has to parse. */
const FINGERPRINT = Array.from({ length: 32 }, (_, i) => (i + 16).toString(16).toUpperCase()).join(':');

/**
 * An audio answer a WebRTC offer accepts (opus and telephone-event, bundled, rtcp-mux); it announces no
 * ICE candidates, so no media flows.
 */
export function sdpAnswer(offer: string): string {
  const mid = /a=mid:(\S+)/.exec(offer)?.[1] ?? '0';
  const opus = /a=rtpmap:(\d+) opus\/48000\/2/.exec(offer)?.[1] ?? '111';
  const events = /a=rtpmap:(\d+) telephone-event\/48000/.exec(offer)?.[1] ?? '110';
  return [
    'v=0',
    'o=FreeSWITCH 1 1 IN IP4 127.0.0.1',
    's=FreeSWITCH',
    't=0 0',
    `a=group:BUNDLE ${mid}`,
    `m=audio 9 UDP/TLS/RTP/SAVPF ${opus} ${events}`,
    'c=IN IP4 127.0.0.1',
    'a=ice-ufrag:fssim',
    'a=ice-pwd:fssimulatorfssimulatorfssim',
    `a=fingerprint:sha-256 ${FINGERPRINT}`,
    'a=setup:active',
    `a=mid:${mid}`,
    'a=sendrecv',
    'a=rtcp-mux',
    `a=rtpmap:${opus} opus/48000/2`,
    `a=rtpmap:${events} telephone-event/48000`,
    '',
  ].join('\r\n');
}
