import { FsCore } from '../core/fs-core';
import { ClientCommand } from '../protocol/client-command';
import { runApi, runBgapi } from './api-jobs';
import { EventFilters } from './event-filters';
import { Subscriptions } from './subscriptions';

/** What parse_command may read and change of a connection. */
export interface ListenerState {
  authed: boolean;
  running: boolean;
  readonly subscriptions: Subscriptions;
  readonly filters: EventFilters;
  readonly core: FsCore;
  readonly password: string;
  discardQueuedEvents(): void;
  write(frame: string): void;
}

const startsWith = (text: string, prefix: string): boolean =>
  text.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase();

/** Words after the first space at or beyond `from`, split on single spaces. */
function wordsAfter(line: string, from: number): string[] {
  const space = line.indexOf(' ', from);
  return space < 0 ? [] : line.slice(space + 1).split(' ');
}

/**
 * parse_command of mod_event_socket for a connection that controls no call. Returns the Reply-Text of
 * the command/reply to send, or null when the command answered itself (api, bgapi).
 */
export function parseCommand(command: ClientCommand, listener: ListenerState): string | null {
  const raw = command.raw.toLowerCase();
  const action = !raw.includes('mod_event_socket')
    ? ''
    : raw.includes('unload')
      ? 'unload'
      : raw.includes('reload')
        ? 'reload'
        : '';
  const cmd = action ? `api bgapi ${action} mod_event_socket` : command.raw;
  const line = action ? cmd : command.line;

  if (startsWith(cmd, 'exit') || cmd.startsWith('...')) {
    listener.running = false;
    return '+OK bye';
  }
  if (!listener.authed) return authenticate(cmd, line, listener);
  if (startsWith(cmd, 'filter ')) return listener.filters.command(line.slice(7));
  if (startsWith(cmd, 'divert_events')) return '-ERR not controlling a session.';
  if (startsWith(cmd, 'sendmsg')) {
    const uuid = line.slice(7).replace(/^ +/, '') || (command.header('session-id') ?? '');
    return `-ERR invalid session id [${uuid}]`;
  }
  if (startsWith(cmd, 'api ')) {
    runApi(line.slice(4), listener.core, (frame) => listener.write(frame));
    return null;
  }
  if (startsWith(cmd, 'bgapi ')) {
    runBgapi(line.slice(6), command, listener.core, (frame) => listener.write(frame));
    return null;
  }
  if (startsWith(cmd, 'linger') || startsWith(cmd, 'nolinger')) return '-ERR not controlling a session';
  if (startsWith(cmd, 'nolog')) return '-ERR not loging';
  if (startsWith(cmd, 'event')) return listener.subscriptions.subscribe(wordsAfter(line, 5));
  if (startsWith(cmd, 'nixevent')) return listener.subscriptions.unsubscribe(wordsAfter(line, 8));
  if (startsWith(cmd, 'noevents')) {
    listener.discardQueuedEvents();
    return listener.subscriptions.clear();
  }
  return '-ERR command not found';
}

/**
 * Before `auth`, only `auth`, `userauth` and `exit` do anything. A wrong password ends the connection;
 * `userauth` fails the same way (no directory user of the simulator has an esl-password).
 */
function authenticate(cmd: string, line: string, listener: ListenerState): string {
  if (startsWith(cmd, 'auth ')) {
    if (line.slice(5) === listener.password) {
      listener.authed = true;
      return '+OK accepted';
    }
  } else if (!startsWith(cmd, 'userauth ')) {
    return '-ERR command not found';
  }
  listener.running = false;
  return '-ERR invalid';
}
