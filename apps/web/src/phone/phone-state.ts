import type { Notice } from '../live/live-client';

export type RegistrationState = 'off' | 'connecting' | 'registered' | 'unregistered' | 'failed';

export type CallPhase = 'calling' | 'ringing' | 'active';

export type CallState =
  { phase: 'idle' } | { phase: CallPhase; peer: string; muted: boolean; video: boolean };

export interface PhoneSnapshot {
  registration: RegistrationState;
  call: CallState;
  /** Whether the next call is made or answered with video. */
  video: boolean;
  /** The last problem, in words for the user. */
  problem?: Notice;
  /** The last call event, for screen readers. */
  announcement?: Notice;
  remoteStream?: MediaStream;
  localStream?: MediaStream;
}

export const IDLE: CallState = { phase: 'idle' };

/** Where and as whom the phone registers. */
export interface PhoneConfig {
  /** ws(s)://host:port of FreeSWITCH's SIP WebSocket binding. */
  server: string;
  /** The SIP domain: the host of the page. */
  domain: string;
  userId: string;
  password: string;
  displayName: string;
}

export const REGISTRATION_TEXT: Record<RegistrationState, string> = {
  off: 'Phone off',
  connecting: 'Connecting…',
  registered: 'Ready (registered)',
  unregistered: 'Not registered',
  failed: 'Registration failed',
};
