import { createSocket } from 'node:dgram';
import { udpPortFree } from './free-ports';

/** The UDP sockets open, counted once what closes them has run. */
async function udpHandles(): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  return process.getActiveResourcesInfo().filter((kind) => kind === 'UDPWrap').length;
}

describe('udpPortFree', () => {
  it('tells a bound UDP port from a free one and leaves no socket of its own open', async () => {
    const holder = createSocket('udp4');
    await new Promise<void>((resolve) => holder.bind(0, '127.0.0.1', resolve));
    const before = await udpHandles();
    expect(await udpPortFree(holder.address().port)).toBe(false);
    expect(await udpHandles()).toBe(before);
    await new Promise<void>((resolve) => holder.close(resolve));
    expect(await udpHandles()).toBe(before - 1);
  });
});
