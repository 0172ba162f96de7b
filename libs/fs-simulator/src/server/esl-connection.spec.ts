import { EventEmitter } from 'node:events';
import { Socket } from 'node:net';
import { FsCore } from '../core/fs-core';
import { systemMicroClock } from '../events/event-factory';
import { ORIGINS } from '../events/origins';
import { resolveOptions } from '../options';
import { splitFrames } from '../test-support/frames';
import { tinyConf, TinyConf } from '../test-support/tiny-conf';
import { EslConnection } from './esl-connection';

/** Just enough of a socket to drive a connection synchronously. */
class FakeSocket extends EventEmitter {
  written = '';
  destroyed = false;
  writable = true;
  setNoDelay(): void {}
  write(data: string): boolean {
    this.written += data;
    return true;
  }
  end(done?: () => void): void {
    this.writable = false;
    done?.();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('close');
  }
  receive(data: string): void {
    this.emit('data', Buffer.from(data));
  }
  frames(): string[] {
    return splitFrames(Buffer.from(this.written)).map((f) => f.head + f.body.toString());
  }
}

describe('EslConnection', () => {
  let conf: TinyConf;
  let core: FsCore;
  let socket: FakeSocket;
  let closed: boolean;

  beforeEach(() => {
    conf = tinyConf();
    core = new FsCore({ ...resolveOptions({ confDir: conf.dir, env: {} }), clock: systemMicroClock });
    socket = new FakeSocket();
    closed = false;
    new EslConnection(socket as unknown as Socket, core, { password: 'pw', authTimeoutMs: 60000 }, () => {
      closed = true;
    });
  });

  afterEach(() => {
    socket.destroy();
    conf.remove();
  });

  const customEvent = (): void => core.fire(core.events.create('CUSTOM', ORIGINS.api, 'test::marker'));

  it('writes an api response before the events its command fired, RELOADXML before the older API event', () => {
    socket.receive('auth pw\n\nevent plain ALL\n\napi reloadxml\n\n');
    const frames = socket.frames().slice(3);
    expect(frames[0]).toBe('Content-Type: api/response\nContent-Length: 14\n\n+OK [Success]\n');
    expect(frames[1]).toMatch(/Event-Name: RELOADXML\n[^]*Event-Sequence: 2\n/);
    expect(frames[2]).toMatch(/Event-Name: API\n[^]*Event-Sequence: 1\nAPI-Command: reloadxml\n/);
  });

  it('holds events back while a command is only partly received', () => {
    socket.receive('auth pw\n\nevent plain CUSTOM test::marker\n\napi vers');
    customEvent();
    expect(socket.frames()).toHaveLength(3);
    socket.receive('ion\n\n');
    const frames = socket.frames().slice(3);
    expect(frames[0]).toMatch(/^Content-Type: api\/response\n/);
    expect(frames[1]).toMatch(/Event-Subclass: test%3A%3Amarker\n/);
  });

  it('sends an event at once when idle, in the format chosen last', () => {
    socket.receive('auth pw\n\nevent plain ALL\n\nevent json CUSTOM test::marker\n\n');
    customEvent();
    expect(socket.frames()[4]).toMatch(
      /^Content-Length: \d+\nContent-Type: text\/event-json\n\n\{"Event-Subclass":"test::marker","Event-Name":"CUSTOM"/,
    );
  });

  it('answers anything but auth with -ERR command not found before auth, then accepts auth', () => {
    socket.receive('api version\n\nevent plain ALL\n\nauth pw\n\n');
    expect(socket.frames()).toEqual([
      'Content-Type: auth/request\n\n',
      'Content-Type: command/reply\nReply-Text: -ERR command not found\n\n',
      'Content-Type: command/reply\nReply-Text: -ERR command not found\n\n',
      'Content-Type: command/reply\nReply-Text: +OK accepted\n\n',
    ]);
    expect(closed).toBe(false);
  });

  it('ends with +OK bye and the disconnect notice on exit, even before auth, and reads nothing after', () => {
    socket.receive('exit\n\napi version\n\n');
    expect(socket.frames()).toEqual([
      'Content-Type: auth/request\n\n',
      'Content-Type: command/reply\nReply-Text: +OK bye\n\n',
      'Content-Type: text/disconnect-notice\nContent-Length: 67\n\n' +
        'Disconnected, goodbye.\nSee you at ClueCon! http://www.cluecon.com/\n',
    ]);
    expect(closed).toBe(true);
  });

  it('stops sending events on noevents and answers -ERR when not listening', () => {
    socket.receive('auth pw\n\nnoevents\n\nevent plain ALL\n\nnoevents\n\n');
    expect(socket.frames().slice(2)).toEqual([
      'Content-Type: command/reply\nReply-Text: -ERR not listening for events\n\n',
      'Content-Type: command/reply\nReply-Text: +OK event listener enabled plain\n\n',
      'Content-Type: command/reply\nReply-Text: +OK no longer listening for events\n\n',
    ]);
    customEvent();
    expect(socket.frames()).toHaveLength(5);
  });

  it('closes the connection when a Content-Length is out of range', () => {
    socket.receive('auth pw\n\napi version\nContent-Length: 17000000\n\n');
    expect(socket.frames()[2]).toMatch(/^Content-Type: text\/disconnect-notice\n/);
    expect(closed).toBe(true);
  });
});
