import { Invitation, Inviter, SessionState, type Session, type Web } from 'sip.js';
import { dtmfInfoBody, type Tone } from './dtmf';

/** The WebRTC handler of a session, once it has one. */
export function mediaOf(session: Session): Web.SessionDescriptionHandler | undefined {
  return session.sessionDescriptionHandler as Web.SessionDescriptionHandler | undefined;
}

export function constraintsFor(video: boolean): { constraints: MediaStreamConstraints } {
  return { constraints: { audio: true, video } };
}

/** Ends a call whatever its state: cancel a call not yet answered, decline one ringing here, or hang up. */
export async function endCall(session: Session): Promise<void> {
  switch (session.state) {
    case SessionState.Initial:
    case SessionState.Establishing:
      if (session instanceof Inviter) await session.cancel();
      else if (session instanceof Invitation) await session.reject({ statusCode: 603 });
      return;
    case SessionState.Established:
      await session.bye();
      return;
    default:
      return;
  }
}

/** Sends a tone as an RTP event (RFC 4733); a SIP INFO carries it when that is not available. */
export async function sendTone(session: Session, tone: Tone): Promise<void> {
  if (mediaOf(session)?.sendDtmf(tone, { duration: 160, interToneGap: 70 })) return;
  await session.info({
    requestOptions: {
      body: {
        contentDisposition: 'render',
        contentType: 'application/dtmf-relay',
        content: dtmfInfoBody(tone),
      },
    },
  });
}

/** Stops every track of the streams, so camera and microphone are free again. */
export function release(streams: Set<MediaStream>): void {
  streams.forEach((stream) => stream.getTracks().forEach((track) => track.stop()));
  streams.clear();
}
