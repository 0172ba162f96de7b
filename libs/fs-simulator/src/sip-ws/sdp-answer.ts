/** A fixed certificate fingerprint: no DTLS handshake ever happens, the description only has to parse. */
const FINGERPRINT = Array.from({ length: 32 }, (_, i) => (i + 16).toString(16).toUpperCase()).join(':');

export interface WebRtcAudio {
  /** `actpass` in an offer, `active` in an answer. */
  setup: 'actpass' | 'active';
  mid: string;
  opus: string;
  events: string;
}

/**
 * An audio description a WebRTC peer accepts (opus and telephone-event, bundled, rtcp-mux); it announces
 * no ICE candidates, so no media flows.
 */
export function webRtcAudioSdp({ setup, mid, opus, events }: WebRtcAudio): string {
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
    `a=setup:${setup}`,
    `a=mid:${mid}`,
    'a=sendrecv',
    'a=rtcp-mux',
    `a=rtpmap:${opus} opus/48000/2`,
    `a=rtpmap:${events} telephone-event/48000`,
    '',
  ].join('\r\n');
}

/** The answer to a WebRTC offer, with the offer's mid and payload types. */
export function sdpAnswer(offer: string): string {
  return webRtcAudioSdp({
    setup: 'active',
    mid: /a=mid:(\S+)/.exec(offer)?.[1] ?? '0',
    opus: /a=rtpmap:(\d+) opus\/48000\/2/.exec(offer)?.[1] ?? '111',
    events: /a=rtpmap:(\d+) telephone-event\/48000/.exec(offer)?.[1] ?? '110',
  });
}
