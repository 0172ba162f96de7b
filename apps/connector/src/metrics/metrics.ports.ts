import type { Context } from '@fscon/contracts';
import type { EslEvent } from '../esl/event-socket.port';
import type { LiveSocketEnd } from '../live/gateway/live-socket';

/**
 * What each part of the connector reports, one small interface per part. Each is an injection token;
 * the MetricsModule provides the Prometheus instruments, or NO_METRICS (empty methods) when metrics are
 * off. The hot-path methods (eventRead, eventHandled, deltaPublished, framesWritten, turnWritten) only
 * add to plain numbers.
 */
export abstract class EventSocketMetrics {
  /** The connection is up (authenticated and subscribed) or down. */
  abstract connectionChanged(connected: boolean): void;
  /** An event was read from the Event Socket: counted by kind, and the moment kept for the lag. */
  abstract eventRead(event: EslEvent): void;
  /** Everything the event caused has been published. */
  abstract eventHandled(): void;
}

/** `{"req":"init","since":N}`: the missed deltas were sent, or a snapshot because they were no longer held, or nothing was missed. */
export type ResumeResult = 'hit' | 'miss' | 'current';

export abstract class LiveMetrics {
  /** A delta was published (to every client of its contexts). */
  abstract deltaPublished(): void;
  /** `frames` frames of `bytes` bytes in total were written to clients of the context. */
  abstract framesWritten(context: Context, frames: number, bytes: number): void;
  /** The frames of a turn of the event loop were handed to the sockets. */
  abstract turnWritten(): void;
  abstract clientOpened(context: Context): void;
  abstract clientClosed(context: Context): void;
  abstract clientDropped(why: LiveSocketEnd): void;
  abstract resumed(result: ResumeResult): void;
}

export type RebuildResult = 'ok' | 'failed';
/** `refused`: FreeSWITCH answered but kept its old configuration; `failed`: no answer (not connected, timeout). */
export type ReloadResult = 'ok' | 'refused' | 'failed';

export abstract class XmlStateMetrics {
  abstract rebuilt(result: RebuildResult, seconds: number): void;
  abstract reloaded(result: ReloadResult, seconds: number): void;
}

/** The ways of logging in: HTTP Digest, a password to POST /session, the live socket (`?login=`, `?token=`). */
export type LoginWay = 'digest' | 'session' | 'live';

export abstract class LoginMetrics {
  /** A wrong password, an unknown name, a live token that is not one. */
  abstract loginFailed(way: LoginWay): void;
  /** A login refused by the failure budget without trying the password. */
  abstract loginRateLimited(way: LoginWay): void;
}

/** `refused`: a 4xx answer, or a 200 listing elements that failed; `failed`: a 5xx answer. */
export type AdminResult = 'ok' | 'refused' | 'failed';

export abstract class HttpMetrics {
  /** `route` is the route's pattern (or UNMATCHED_ROUTE), never the URL as requested. */
  abstract requestServed(route: string, method: string, status: number, seconds: number): void;
  abstract adminOperation(route: string, result: AdminResult): void;
}

export const UNMATCHED_ROUTE = 'unmatched';
