import { Logger } from '@nestjs/common';
import type { XmlState } from '@fscon/contracts';
import { ProvisioningError } from '@fscon/provisioning';
import { DomainError } from '../common/domain-error';
import { XmlStateReadModel } from '../xml-state/xml-state.read-model';
import type { ProvisioningProjection } from './provisioning-projection';
import { emptyRunResult, type ProvisioningRunMode, type ProvisioningRunResult } from './provisioning-run';
import { ProvisioningRunner } from './provisioning-runner';
import { provisioningTestState } from './test-support/provisioning-state';

interface PendingRun {
  mode: ProvisioningRunMode;
  users: number;
  stop: AbortSignal | undefined;
  finish(): void;
  fail(error: Error): void;
}

const RESULT = emptyRunResult();

/** A projection whose runs end when the test says so. */
function controlledProjection() {
  const runs: PendingRun[] = [];
  const projection = {
    run: (state: Pick<XmlState, 'users'>, mode: ProvisioningRunMode, stop?: AbortSignal) =>
      new Promise<ProvisioningRunResult>((resolve, reject) =>
        runs.push({ mode, users: state.users.length, stop, finish: () => resolve(RESULT), fail: reject }),
      ),
  };
  return { runs, projection: projection as unknown as ProvisioningProjection };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ProvisioningRunner', () => {
  let readModel: XmlStateReadModel;
  let runs: PendingRun[];
  let runner: ProvisioningRunner;

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    readModel = new XmlStateReadModel();
    readModel.replace({ ...provisioningTestState(), info: {} as XmlState['info'], conferencetypes: [] });
    const controlled = controlledProjection();
    runs = controlled.runs;
    runner = new ProvisioningRunner(controlled.projection, readModel);
  });

  it('answers requests made during a run with one more run after it, over the newest state', async () => {
    const first = runner.request('changes');
    await settle();
    const [second, third] = [runner.request('changes'), runner.request('changes')];
    expect(second).toBe(third);
    const newer = provisioningTestState();
    readModel.replace({
      ...newer,
      users: newer.users.slice(1),
      info: {} as XmlState['info'],
      conferencetypes: [],
    });
    expect(runs).toHaveLength(1);
    runs[0].finish();
    await first;
    await settle();
    expect(runs.map((run) => [run.mode, run.users])).toEqual([
      ['changes', 4],
      ['changes', 3],
    ]);
    runs[1].finish();
    await expect(second).resolves.toBe(RESULT);
    expect(runner.isBusy()).toBe(false);
  });

  it('makes the follow-up run full when any request during the run asked for it', async () => {
    void runner.request('changes');
    await settle();
    void runner.request('changes');
    const full = runner.request('full');
    runs[0].finish();
    await settle();
    expect(runs.map((run) => run.mode)).toEqual(['changes', 'full']);
    runs[1].finish();
    await full;
    void runner.request('changes');
    await settle();
    expect(runs[2].mode).toBe('changes');
  });

  it('goes on after a failed run and resolves idle() once nothing is left', async () => {
    const failing = runner.request('changes');
    await settle();
    const next = runner.request('changes');
    let idle = false;
    const waiting = runner.idle().then(() => (idle = true));
    runs[0].fail(new Error('disk full'));
    await expect(failing).rejects.toThrow('disk full');
    await settle();
    expect(idle).toBe(false);
    runs[1].finish();
    await next;
    await waiting;
    expect(idle).toBe(true);
  });

  it('reports a missing TLS port as PROVISIONING.NOT_READY', async () => {
    const run = runner.request('full');
    await settle();
    runs[0].fail(new ProvisioningError('PROVISIONING.TLS_PORT_INVALID', 'internal_tls_port is not set'));
    await expect(run).rejects.toEqual(
      new DomainError('PROVISIONING.NOT_READY', 'internal_tls_port is not set'),
    );
  });

  it('refuses to run before the xmlState was read', async () => {
    const empty = new ProvisioningRunner(controlledProjection().projection, new XmlStateReadModel());
    await expect(empty.request('full')).rejects.toMatchObject({ code: 'XMLSTATE.NOT_READY' });
  });

  it('stops the run going on at shutdown, waits for it, and starts none after', async () => {
    const run = runner.request('changes');
    await settle();
    const queued = runner.request('full');
    let closed = false;
    const closing = runner.onModuleDestroy().then(() => (closed = true));
    expect(runs[0].stop?.aborted).toBe(true);
    await settle();
    expect(closed).toBe(false);
    runs[0].fail(new DOMException('This operation was aborted', 'AbortError'));
    await expect(run).rejects.toMatchObject({ code: 'PROVISIONING.NOT_READY' });
    await expect(queued).rejects.toMatchObject({ code: 'PROVISIONING.NOT_READY' });
    await closing;
    expect(runs).toHaveLength(1);
    await expect(runner.request('full')).rejects.toMatchObject({ code: 'PROVISIONING.NOT_READY' });
  });
});
