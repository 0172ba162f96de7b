import type { LiveTestClient, Received } from '../../support/live-client';

export const exec = (conference: string, call: string, fields: object = {}) => ({
  req: 'exec',
  conference,
  call,
  ...fields,
});

/** A member control; `fields` are the call's value, target or file. */
export const memexec = (conference: string, call: string, member: number, fields: object = {}) => ({
  req: 'memexec',
  conference,
  call,
  member: String(member),
  ...fields,
});

/** Sends a control and resolves with the first message after it that matches, or the error frame. */
export const control = (client: LiveTestClient, request: object, match: (m: Received) => boolean) =>
  client.ask(request, (m) => match(m) || m.event === 'error');
