import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { ProvisioningError } from '@fscon/provisioning';
import { DomainError } from '../common/domain-error';
import { XmlStateReadModel } from '../xml-state/xml-state.read-model';
import { ProvisioningProjection } from './provisioning-projection';
import type { ProvisioningRunMode, ProvisioningRunResult } from './provisioning-run';

const FAILURES_LOGGED = 5;

/**
 * Runs the provisioning projection over the current xmlState, one run at a time: a request that
 * arrives during a run gets one further run after it, shared by every request that arrived meanwhile
 * (and full when one of them asked for it). On shutdown the run going on stops after the current user.
 */
@Injectable()
export class ProvisioningRunner implements OnModuleDestroy {
  private readonly logger = new Logger('Provisioning');
  private readonly shutdown = new AbortController();
  private running: Promise<ProvisioningRunResult> | undefined;
  private queued: Promise<ProvisioningRunResult> | undefined;
  private queuedMode: ProvisioningRunMode = 'changes';

  constructor(
    private readonly projection: ProvisioningProjection,
    private readonly xmlState: XmlStateReadModel,
  ) {}

  request(mode: ProvisioningRunMode): Promise<ProvisioningRunResult> {
    if (!this.running) return this.start(mode);
    if (mode === 'full') this.queuedMode = 'full';
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        const queuedMode = this.queuedMode;
        this.queued = undefined;
        this.queuedMode = 'changes';
        return this.start(queuedMode);
      });
    return this.queued;
  }

  /** True while a run is going on or waiting. */
  isBusy(): boolean {
    return this.running !== undefined || this.queued !== undefined;
  }

  /** Resolves once no run is going on or waiting, whatever their outcome. */
  async idle(): Promise<void> {
    for (let pending = this.queued ?? this.running; pending; pending = this.queued ?? this.running) {
      await pending.catch(() => undefined);
    }
  }

  /** Stops the run going on and waits until its last file is written. */
  async onModuleDestroy(): Promise<void> {
    this.shutdown.abort();
    await this.idle();
  }

  private start(mode: ProvisioningRunMode): Promise<ProvisioningRunResult> {
    const run = this.execute(mode).finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private async execute(mode: ProvisioningRunMode): Promise<ProvisioningRunResult> {
    if (this.shutdown.signal.aborted)
      throw new DomainError('PROVISIONING.NOT_READY', 'the connector is stopping');
    const state = this.xmlState.require();
    const started = performance.now();
    try {
      const result = await this.projection.run(state, mode, this.shutdown.signal);
      this.logSummary(mode, state.users.length, result, performance.now() - started);
      return result;
    } catch (error) {
      if (this.shutdown.signal.aborted) {
        this.logger.log(`provisioning ${mode} run stopped: the connector is stopping`);
        throw new DomainError('PROVISIONING.NOT_READY', 'the connector is stopping');
      }
      const refused = error instanceof ProvisioningError || error instanceof DomainError;
      const message = `provisioning ${mode} run failed: ${(error as Error).message}`;
      if (refused) this.logger.warn(message);
      else this.logger.error(message);
      if (error instanceof ProvisioningError) throw new DomainError('PROVISIONING.NOT_READY', error.message);
      throw error;
    }
  }

  private logSummary(
    mode: ProvisioningRunMode,
    users: number,
    result: ProvisioningRunResult,
    ms: number,
  ): void {
    this.logger.log(
      `provisioning ${mode} run: ${users} users, ${result.rendered} rendered, ${result.unchanged} unchanged, ` +
        `${result.written.length} files written, ${result.removed.length} removed, ` +
        `${result.failed.length} failed, ${Math.round(ms)} ms`,
    );
    result.failed
      .slice(0, FAILURES_LOGGED)
      .forEach(({ error, user }) => this.logger.warn(`user ${user.id}: ${error}`));
    if (result.failed.length > FAILURES_LOGGED) {
      this.logger.warn(`${result.failed.length - FAILURES_LOGGED} more users could not be provisioned`);
    }
  }
}
