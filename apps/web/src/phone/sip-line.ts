import { Registerer, RegistererState, UserAgent, Web, type Invitation } from 'sip.js';
import type { PhoneConfig, RegistrationState } from './phone-state';

const REGISTER_EXPIRES_S = 300;
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;

export interface SipLineEvents {
  registration(state: RegistrationState, problem?: string): void;
  invite(invitation: Invitation): void;
}

/**
 * One SIP user agent over WSS that stays registered: when the transport drops it reconnects with a
 * growing delay, and registers again every time the transport is back.
 */
export class SipLine {
  readonly userAgent: UserAgent;
  private readonly registerer: Registerer;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private attempts = 0;
  private stopped = false;

  constructor(
    readonly config: PhoneConfig,
    openMedia: (constraints: MediaStreamConstraints) => Promise<MediaStream>,
    private readonly events: SipLineEvents,
  ) {
    this.userAgent = new UserAgent({
      uri: UserAgent.makeURI(`sip:${config.userId}@${config.domain}`),
      authorizationUsername: config.userId,
      authorizationPassword: config.password,
      displayName: config.displayName,
      transportOptions: { server: config.server },
      sessionDescriptionHandlerFactory: Web.defaultSessionDescriptionHandlerFactory(openMedia),
      logBuiltinEnabled: false,
      delegate: {
        onConnect: () => this.register(),
        onDisconnect: (error) => (error ? this.retryLater() : undefined),
        onInvite: (invitation) => events.invite(invitation),
      },
    });
    this.registerer = new Registerer(this.userAgent, { expires: REGISTER_EXPIRES_S });
    this.registerer.stateChange.addListener((state) => {
      if (state === RegistererState.Registered) events.registration('registered');
      if (state === RegistererState.Unregistered && !this.stopped) events.registration('unregistered');
    });
  }

  start(): void {
    this.events.registration('connecting');
    this.userAgent.start().catch(() => this.retryLater());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.registerer.unregister().catch(() => undefined);
    await this.userAgent.stop().catch(() => undefined);
    this.events.registration('off');
  }

  private register(): void {
    this.attempts = 0;
    this.registerer
      .register({
        requestDelegate: {
          // The registerer's state does not change when it registers again after a reconnect.
          onAccept: () => this.events.registration('registered'),
          onReject: (response) =>
            this.events.registration(
              'failed',
              `The server refused the registration (${response.message.statusCode ?? 'no answer'}).`,
            ),
        },
      })
      .catch(() => this.events.registration('failed', 'The registration could not be sent.'));
  }

  private retryLater(): void {
    if (this.stopped) return;
    const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** this.attempts);
    this.attempts += 1;
    this.events.registration('failed', `The phone cannot reach ${this.config.server}; trying again.`);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      if (this.stopped) return;
      this.events.registration('connecting');
      this.userAgent.reconnect().catch(() => this.retryLater());
    }, delay);
  }
}
