import { EventFactory } from './event-factory';
import { FsEvent } from './fs-event';
import { ORIGINS } from './origins';
import { describeUptime } from './uptime';

/** Session counters FreeSWITCH reports in `status` and HEARTBEAT. */
export interface CoreStats {
  sessionCount: number;
  sessionsSinceStartup: number;
  sessionPeak: number;
  sessionPeakFiveMin: number;
  maxSessions: number;
  sessionsPerSecondLimit: number;
  sessionsPerSecondLast: number;
  sessionsPerSecondPeak: number;
  sessionsPerSecondPeakFiveMin: number;
  idleCpu: number;
}

export const IDLE_CORE_STATS: CoreStats = {
  sessionCount: 0,
  sessionsSinceStartup: 0,
  sessionPeak: 0,
  sessionPeakFiveMin: 0,
  maxSessions: 1000,
  sessionsPerSecondLimit: 30,
  sessionsPerSecondLast: 0,
  sessionsPerSecondPeak: 0,
  sessionsPerSecondPeakFiveMin: 0,
  idleCpu: 100,
};

export interface HeartbeatInput {
  version: string;
  uptimeMicros: number;
  stats: CoreStats;
  /** Epoch seconds of the next heartbeat (RE_SCHEDULE's Task-Runtime). */
  nextRun: number;
}

/** send_heartbeat's HEARTBEAT, then the scheduler's RE_SCHEDULE for the next run. */
export function heartbeatEvents(factory: EventFactory, input: HeartbeatInput): [FsEvent, FsEvent] {
  const { stats } = input;
  const heartbeat = factory
    .create('HEARTBEAT', ORIGINS.heartbeat)
    .addHeader('Event-Info', 'System Ready')
    .addHeader('Up-Time', describeUptime(input.uptimeMicros))
    .addHeader('FreeSWITCH-Version', input.version)
    .addHeader('Uptime-msec', String(Math.floor(input.uptimeMicros / 1000)))
    .addHeader('Session-Count', String(stats.sessionCount))
    .addHeader('Max-Sessions', String(stats.maxSessions))
    .addHeader('Session-Per-Sec', String(stats.sessionsPerSecondLimit))
    .addHeader('Session-Per-Sec-Last', String(stats.sessionsPerSecondLast))
    .addHeader('Session-Per-Sec-Max', String(stats.sessionsPerSecondPeak))
    .addHeader('Session-Per-Sec-FiveMin', String(stats.sessionsPerSecondPeakFiveMin))
    .addHeader('Session-Since-Startup', String(stats.sessionsSinceStartup))
    .addHeader('Session-Peak-Max', String(stats.sessionPeak))
    .addHeader('Session-Peak-FiveMin', String(stats.sessionPeakFiveMin))
    .addHeader('Idle-CPU', stats.idleCpu.toFixed(6));
  const reSchedule = factory
    .create('RE_SCHEDULE', ORIGINS.reSchedule)
    .addHeader('Task-ID', '1')
    .addHeader('Task-Desc', 'heartbeat')
    .addHeader('Task-Group', 'core')
    .addHeader('Task-Runtime', String(input.nextRun));
  return [heartbeat, reSchedule];
}
