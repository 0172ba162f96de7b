import { Injectable } from '@nestjs/common';
import type { RebuildFailure, User, XmlState } from '@fscon/contracts';
import { NOT_READY_MESSAGE } from '../auth/digest-auth.guard';
import { DomainError } from '../common/domain-error';

/**
 * The xmlState as last read from FreeSWITCH; undefined until the first successful read. When reads
 * fail, the last state stays and the failure is kept until a read succeeds again.
 */
@Injectable()
export class XmlStateReadModel {
  private state: XmlState | undefined;
  private usersByName = new Map<string, User>();
  private failure: RebuildFailure | null = null;

  current(): XmlState | undefined {
    return this.state;
  }

  /** The current xmlState, or a XMLSTATE.NOT_READY error (503) before the first read. */
  require(): XmlState {
    if (!this.state) throw new DomainError('XMLSTATE.NOT_READY', NOT_READY_MESSAGE);
    return this.state;
  }

  isReady(): boolean {
    return this.state !== undefined;
  }

  findByName(name: string): User | undefined {
    return this.usersByName.get(name);
  }

  replace(state: XmlState): void {
    this.state = state;
    this.usersByName = new Map(state.users.map((user) => [user.name, user]));
    this.failure = null;
  }

  /** The failure of the reads since the last successful one, or null. */
  rebuildFailure(): RebuildFailure | null {
    return this.failure;
  }

  /** A read failed: keeps its error, and the moment of the first failure since the last success. */
  recordRebuildFailure(error: string, at: string = new Date().toISOString()): void {
    this.failure = { error, since: this.failure?.since ?? at };
  }
}
