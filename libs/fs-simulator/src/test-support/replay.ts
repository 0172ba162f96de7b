import { Capture, CaptureStep, eventName } from './capture';
import { Frame, isEvent } from './frames';
import { RawClient } from './raw-client';

export interface ReplayHooks {
  /** Called before each command is sent (the capture's notes say what the harness did there). */
  beforeSend?(step: CaptureStep): void;
  /** Makes the simulator send its heartbeat now. */
  heartbeat(): void;
}

/**
 * Sends the capture's commands over a real connection, waiting after each until at least as many
 * replies and events have arrived as the capture had before its next command (firing a heartbeat,
 * once the command's own events are in, where the capture received one), and returns every byte
 * received once the connection is closed.
 */
export async function replay(capture: Capture, port: number, hooks: ReplayHooks): Promise<Buffer> {
  const client = await RawClient.connect(port);
  const timed = (frame: Frame): boolean => ['HEARTBEAT', 'RE_SCHEDULE'].includes(eventName(frame) ?? '');
  const count = (frames: Frame[], kind: (frame: Frame) => boolean, before = Infinity): number =>
    frames.filter((frame) => frame.offset < before && kind(frame)).length;
  const expect = async (replies: number, events: number, before: number): Promise<void> => {
    await client.until(
      (frames) => count(frames, (f) => !isEvent(f)) >= replies && count(frames, isEvent) >= events,
      `the frames the capture had before offset ${before}`,
    );
  };
  try {
    await client.until((frames) => frames.length > 0, 'auth/request');
    for (const [i, step] of capture.steps.entries()) {
      hooks.beforeSend?.(step);
      client.send(step.text);
      const next = capture.steps[i + 1]?.offset ?? Infinity;
      const replies = count(capture.frames, (f) => !isEvent(f), next);
      const events = count(capture.frames, isEvent, next);
      const heartbeats = capture.frames.filter((f) => f.offset >= step.offset && f.offset < next && timed(f));
      await expect(replies, events - heartbeats.length, next);
      if (heartbeats.length === 0) continue;
      heartbeats.filter((f) => eventName(f) === 'HEARTBEAT').forEach(() => hooks.heartbeat());
      await expect(replies, events, next);
    }
    await client.untilClosed();
    return client.received;
  } finally {
    client.destroy();
  }
}
