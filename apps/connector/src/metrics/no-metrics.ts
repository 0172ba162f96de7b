import type {
  EventSocketMetrics,
  HttpMetrics,
  LiveMetrics,
  LoginMetrics,
  XmlStateMetrics,
} from './metrics.ports';

type AllMetrics = EventSocketMetrics & LiveMetrics & XmlStateMetrics & LoginMetrics & HttpMetrics;

const nothing = (): void => undefined;

/** Metrics off (METRICS_PORT=off), and the default of every class built without metrics (tests). */
export const NO_METRICS: AllMetrics = {
  connectionChanged: nothing,
  eventRead: nothing,
  eventHandled: nothing,
  deltaPublished: nothing,
  framesWritten: nothing,
  turnWritten: nothing,
  clientOpened: nothing,
  clientClosed: nothing,
  clientDropped: nothing,
  resumed: nothing,
  rebuilt: nothing,
  reloaded: nothing,
  loginFailed: nothing,
  loginRateLimited: nothing,
  requestServed: nothing,
  adminOperation: nothing,
};
