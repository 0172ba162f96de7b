import { Frame, isEvent } from './frames';
import { RawClient } from './raw-client';

export const text = (frame: Frame): string => frame.head + frame.body.toString('utf8');
export const replies = (frames: Frame[]): Frame[] => frames.filter((frame) => !isEvent(frame));
export const events = (frames: Frame[]): Frame[] => frames.filter(isEvent);

/** Sends a command and waits for the reply frame it causes (api/response or command/reply). */
export async function send(client: RawClient, command: string): Promise<Frame> {
  const before = replies(client.frames()).length;
  client.send(command);
  const frames = await client.until(
    (all) => replies(all).length > before,
    `the reply to ${JSON.stringify(command)}`,
  );
  return replies(frames)[before];
}

/** A connection after `auth/request`, `auth <password>` and the given commands. */
export async function session(port: number, ...commands: string[]): Promise<RawClient> {
  const client = await RawClient.connect(port);
  await client.until((frames) => frames.length > 0, 'auth/request');
  for (const command of ['auth ClueCon\n\n', ...commands]) await send(client, command);
  return client;
}

/** Waits until `count` event frames whose text matches `pattern` have arrived. */
export async function eventsMatching(client: RawClient, pattern: RegExp, count = 1): Promise<Frame[]> {
  const matching = (frames: Frame[]): Frame[] => events(frames).filter((frame) => pattern.test(text(frame)));
  return matching(
    await client.until((frames) => matching(frames).length >= count, `events matching ${pattern}`),
  );
}
