import { Mutex } from './mutex';

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('Mutex', () => {
  it('starts a task only after the one before it has settled, in queue order', async () => {
    const mutex = new Mutex();
    const log: string[] = [];
    const gate = deferred();
    const first = mutex.run(async () => {
      log.push('first starts');
      await gate.promise;
      log.push('first ends');
    });
    const second = mutex.run(async () => {
      log.push('second runs');
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['first starts']);
    gate.resolve();
    await Promise.all([first, second]);
    expect(log).toEqual(['first starts', 'first ends', 'second runs']);
  });

  it('passes a failure to its own caller and goes on with the next task', async () => {
    const mutex = new Mutex();
    const failing = mutex.run(async () => {
      throw new Error('broken');
    });
    const next = mutex.run(async () => 'ran');
    await expect(failing).rejects.toThrow('broken');
    await expect(next).resolves.toBe('ran');
  });
});
