import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  LIVE_FRAME_ERRORS,
  type ClientEventMap,
  type LiveFrameErrorCode,
  type LiveRequest,
} from '@fscon/contracts';
import { DomainError } from '../../common/domain-error';
import { EslError } from '../../esl/esl.errors';
import { Journal } from '../../journal/journal';
import { byUser } from '../commands/control-caller';
import { ConferenceExecCommand } from '../commands/conference-exec/conference-exec.command';
import { MemberExecCommand } from '../commands/member-exec/member-exec.command';
import { DeltaFanout } from '../fanout/delta-fanout';
import { LiveProjector } from '../state/live-projector';
import { LiveStateReadModel } from '../state/live-state.read-model';
import type { LiveSocket } from './live-socket';
import { LiveMetrics, type ResumeResult } from '../../metrics/metrics.ports';
import { NO_METRICS } from '../../metrics/no-metrics';

/** Public users watch; only team and friends users may send controls. */
export const PUBLIC_CONTROL_REFUSED = 'users of context public may not control conferences';

/**
 * Answers a well-formed request. Snapshots and resumes are synchronous, so nothing is published
 * between reading the state and sending it. Controls go to the command bus; a refusal or a failure
 * FreeSWITCH reports comes back as an error frame, success is confirmed by the events that follow.
 */
@Injectable()
export class LiveRequests {
  private readonly logger = new Logger('LiveGateway');

  constructor(
    private readonly projector: LiveProjector,
    private readonly readModel: LiveStateReadModel,
    @Inject(DeltaFanout) private readonly fanout: DeltaFanout,
    private readonly journal: Journal,
    private readonly commandBus: CommandBus,
    @Optional() private readonly metrics: LiveMetrics = NO_METRICS,
  ) {}

  handle(socket: LiveSocket, request: LiveRequest): void {
    switch (request.req) {
      case 'init':
        return this.init(socket, request.since, request.epoch);
      case 'initreg':
        return this.initreg(socket);
      case 'exec': {
        const { conference, call, file, pin, target } = request;
        const command = new ConferenceExecCommand(byUser(socket.user), conference, call, {
          file,
          pin,
          target,
        });
        return this.control(socket, command);
      }
      case 'memexec': {
        const { conference, call, member, value, target, file } = request;
        const args = { value, target, file };
        return this.control(
          socket,
          new MemberExecCommand(byUser(socket.user), conference, call, member, args),
        );
      }
      default: {
        const unhandled: never = request;
        return unhandled;
      }
    }
  }

  /**
   * The deltas missed since `since` when this run still holds them all, else, for a `since` of this
   * journal's epoch, those a replay of the journal's newest entries gives, else a snapshot. A client that
   * missed nothing gets the snapshot too: without an answer it could not tell "up to date" from "still
   * waiting". A `since` of another epoch (another journal) is no place in this one: snapshot. Without an
   * epoch it is taken as one of this run, never replayed.
   */
  private init(socket: LiveSocket, since: number | undefined, epoch: string | undefined): void {
    const resumable = since !== undefined && (epoch === undefined || epoch === this.journal.epoch);
    let missed = resumable ? this.fanout.framesAfter(since, socket.context) : undefined;
    if (missed === undefined && since !== undefined && epoch === this.journal.epoch) {
      missed = this.projector.replayedFramesAfter(since, socket.context);
    }
    if (since !== undefined) this.metrics.resumed(resumeResult(missed));
    if (missed !== undefined && missed.length > 0) {
      missed.forEach((frame) => socket.sendFrame(frame));
      return;
    }
    socket.send('reply', { reply: 'init', ...this.projector.snapshotFor(socket.context) });
  }

  private initreg(socket: LiveSocket): void {
    const data = [...this.readModel.current().registrations.values()].map(({ id, regid, sipcon }) => ({
      id,
      regid,
      sipcon,
    }));
    socket.send('reply', { reply: 'initreg', data, seq: this.fanout.seq, epoch: this.journal.epoch });
  }

  private control(socket: LiveSocket, command: ConferenceExecCommand | MemberExecCommand): void {
    if (socket.context === 'public') {
      socket.send('error', { error: PUBLIC_CONTROL_REFUSED, code: 'LIVE.FORBIDDEN' });
      return;
    }
    this.commandBus.execute(command).catch((error: unknown) => {
      socket.send('error', this.describe(error, command));
    });
  }

  private describe(
    error: unknown,
    command: ConferenceExecCommand | MemberExecCommand,
  ): ClientEventMap['error'] {
    if ((error instanceof DomainError || error instanceof EslError) && isLiveFrameCode(error.code)) {
      return { error: error.message, code: error.code };
    }
    this.logger.error(
      `${command.call} on ${command.conference} failed: ${(error as Error).stack ?? String(error)}`,
    );
    return { error: 'the control failed', code: 'INTERNAL' };
  }
}

function resumeResult(missed: readonly Buffer[] | undefined): ResumeResult {
  if (missed === undefined) return 'miss';
  return missed.length > 0 ? 'hit' : 'current';
}

function isLiveFrameCode(code: string): code is LiveFrameErrorCode {
  return (LIVE_FRAME_ERRORS as readonly string[]).includes(code);
}
