import { Invitation, Inviter, SessionState, UserAgent, type Session } from 'sip.js';
import { constraintsFor, endCall, mediaOf, release, sendTone } from './call-actions';
import { isDialable, type Tone } from './dtmf';
import { messageForMediaError, messageForStatus } from './phone-messages';
import { IDLE, type CallPhase, type PhoneConfig, type PhoneSnapshot } from './phone-state';
import { RingTone } from './ring-tone';
import { SipLine } from './sip-line';

/**
 * The browser phone: one long-lived SIP line (see SipLine), one call at a time, a ring for incoming
 * calls, media released after every call.
 * Framework-free; React reads it through `subscribe` / `getSnapshot`.
 */
export class PhoneController {
  private snapshot: PhoneSnapshot = { registration: 'off', call: IDLE, video: false };
  private readonly listeners = new Set<() => void>();
  private readonly ring = new RingTone();
  private readonly streams = new Set<MediaStream>();
  private line: SipLine | undefined;
  private session: Session | undefined;
  private mediaError: unknown;
  private nextId = 1;

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly getSnapshot = () => this.snapshot;

  start(config: PhoneConfig): void {
    if (this.line !== undefined) return;
    this.line = new SipLine(config, this.openMedia, {
      registration: (registration, problem) =>
        this.set(problem ? { registration, problem: this.notice(problem) } : { registration }),
      invite: (invitation) => this.incoming(invitation),
    });
    this.line.start();
  }

  async stop(): Promise<void> {
    const { line, session } = this;
    this.line = undefined;
    this.ring.stop();
    if (session) await endCall(session).catch(() => undefined);
    await line?.stop();
    release(this.streams);
    this.set({ call: IDLE, remoteStream: undefined, localStream: undefined });
  }

  setVideo(video: boolean): void {
    this.set({ video });
  }

  dial(target: string): void {
    if (!this.line || this.session) return;
    const { userAgent, config } = this.line;
    if (!isDialable(target)) return this.problem(`"${target}" cannot be dialled.`);
    const uri = UserAgent.makeURI(`sip:${target}@${config.domain}`);
    if (!uri) return this.problem(`"${target}" cannot be dialled.`);
    const video = this.snapshot.video;
    const inviter = new Inviter(userAgent, uri, { sessionDescriptionHandlerOptions: constraintsFor(video) });
    this.follow(inviter, target, 'calling', video);
    this.mediaError = undefined;
    inviter
      .invite({
        requestDelegate: {
          onReject: (response) => {
            const message = messageForStatus(response.message.statusCode ?? 0, target);
            if (message) this.problem(message);
          },
        },
      })
      .catch(() => this.mediaFailed(video));
  }

  answer(): void {
    if (!(this.session instanceof Invitation) || this.snapshot.call.phase !== 'ringing') return;
    this.ring.stop();
    const video = this.snapshot.video;
    this.set({ call: { ...this.snapshot.call, video } });
    this.mediaError = undefined;
    this.session
      .accept({ sessionDescriptionHandlerOptions: constraintsFor(video) })
      .catch(() => this.mediaFailed(video));
  }

  hangup(): void {
    this.ring.stop();
    if (this.session) endCall(this.session).catch(() => undefined);
  }

  toggleMute(): void {
    const { call } = this.snapshot;
    const media = this.session && mediaOf(this.session);
    if (call.phase !== 'active' || !media) return;
    media.enableSenderTracks(call.muted);
    this.set({ call: { ...call, muted: !call.muted } });
  }

  sendDtmf(tone: Tone): void {
    if (this.session && this.snapshot.call.phase === 'active') {
      sendTone(this.session, tone).catch(() => this.problem(`The key ${tone} could not be sent.`));
    }
  }

  private readonly openMedia = async (constraints: MediaStreamConstraints) => {
    try {
      const stream = await navigator.mediaDevices.getUserMedia(constraints);
      this.streams.add(stream);
      return stream;
    } catch (error) {
      this.mediaError = error;
      throw error;
    }
  };

  private incoming(invitation: Invitation): void {
    if (this.session) {
      invitation.reject({ statusCode: 486 }).catch(() => undefined);
      return;
    }
    const identity = invitation.remoteIdentity;
    const peer = identity.displayName || identity.uri.user || 'unknown caller';
    this.follow(invitation, peer, 'ringing', this.snapshot.video);
    this.ring.start();
    this.announce(`Incoming call from ${peer}`);
  }

  private follow(session: Session, peer: string, phase: CallPhase, video: boolean): void {
    this.session = session;
    this.set({ call: { phase, peer, muted: false, video }, problem: undefined });
    session.stateChange.addListener((state) => {
      if (state === SessionState.Established) {
        const media = mediaOf(session);
        const call = { phase: 'active' as const, peer, muted: false, video };
        this.set({ call, remoteStream: media?.remoteMediaStream, localStream: media?.localMediaStream });
        this.announce(`Call with ${peer} connected`);
      } else if (state === SessionState.Terminated && this.session === session) {
        this.session = undefined;
        this.ring.stop();
        release(this.streams);
        this.set({ call: IDLE, remoteStream: undefined, localStream: undefined });
        this.announce(`Call with ${peer} ended`);
      }
    });
  }

  private mediaFailed(video: boolean): void {
    if (this.mediaError !== undefined) this.problem(messageForMediaError(this.mediaError, video));
  }

  private problem(text: string): void {
    this.set({ problem: this.notice(text) });
  }

  private announce(text: string): void {
    this.set({ announcement: this.notice(text) });
  }

  private notice(text: string) {
    return { id: this.nextId++, text };
  }

  private set(change: Partial<PhoneSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    this.listeners.forEach((listener) => listener());
  }
}
