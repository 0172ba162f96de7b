import { BoundedTasks } from './bounded-tasks';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('BoundedTasks', () => {
  it('runs at most `limit` tasks at a time and drains them all', async () => {
    const tasks = new BoundedTasks(2);
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    await tasks.add(async () => (started.push(0), gates[0].promise));
    await tasks.add(async () => (started.push(1), gates[1].promise));
    const third = tasks.add(async () => (started.push(2), gates[2].promise));
    await new Promise(setImmediate);
    expect(started).toEqual([0, 1]);
    gates[1].resolve();
    await third;
    expect(started).toEqual([0, 1, 2]);
    let drained = false;
    const draining = tasks.drain().then(() => (drained = true));
    gates[0].resolve();
    await new Promise(setImmediate);
    expect(drained).toBe(false);
    gates[2].resolve();
    await draining;
  });

  it('rethrows the first failure from drain, leaving the later ones handled', async () => {
    const tasks = new BoundedTasks(4);
    const [first, second] = [deferred(), deferred()];
    await tasks.add(() => first.promise);
    await tasks.add(() => second.promise);
    first.reject(new Error('disk full'));
    second.reject(new Error('later'));
    await expect(tasks.drain()).rejects.toThrow('disk full');
  });

  it('refuses new tasks once one failed', async () => {
    const tasks = new BoundedTasks(4);
    await tasks.add(() => Promise.reject(new Error('disk full')));
    await new Promise(setImmediate);
    const next = jest.fn(async () => undefined);
    await expect(tasks.add(next)).rejects.toThrow('disk full');
    expect(next).not.toHaveBeenCalled();
  });
});
