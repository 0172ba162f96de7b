import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { XmlStateReadModel } from '../xml-state/xml-state.read-model';
import { recordingNameProblem } from './recording-name';
import { RecordingStore, type StoredRecording } from './recording-store.port';
import { isFriendsRecording } from './recording-visibility';

export interface DeleteOutcome {
  done: string[];
  failed: string[];
}

/** Who is asking: the team sees every recording, friends only those of non-team conferences. */
export type RecordingAudience = 'team' | 'friends';

type Visible = (file: string) => boolean;

/** The rules of the recording routes: plain `.wav` names only, friends limited to non-team conferences. */
@Injectable()
export class RecordingsService {
  private readonly logger = new Logger('Recordings');

  constructor(
    private readonly store: RecordingStore,
    private readonly xmlState: XmlStateReadModel,
  ) {}

  /** The recordings the audience may see, sorted by name. */
  async list(audience: RecordingAudience): Promise<string[]> {
    const visible = this.visibility(audience);
    const names = await this.store.list();
    return names.filter((name) => recordingNameProblem(name) === undefined && visible(name)).sort();
  }

  /** The recordings the audience may see whose names contain `s`. */
  async find(audience: RecordingAudience, s: string): Promise<string[]> {
    return (await this.list(audience)).filter((name) => name.includes(s));
  }

  /**
   * Where the recording `file` is. A recording the audience may not see is reported exactly like a missing
   * one, so friends cannot learn which team recordings exist.
   */
  async locate(audience: RecordingAudience, file: string): Promise<StoredRecording> {
    assertRecordingName(file);
    const recording = this.visibility(audience)(file) ? await this.store.locate(file) : undefined;
    if (!recording) throw new DomainError('RECORDING.NOT_FOUND', `no recording ${JSON.stringify(file)}`);
    return recording;
  }

  /**
   * Deletes each file on its own; those missing, not visible to the audience or not removable are `failed`.
   * A name that is not a plain `.wav` name refuses the whole request before anything is deleted.
   */
  async delete(audience: RecordingAudience, files: readonly string[]): Promise<DeleteOutcome> {
    files.forEach(assertRecordingName);
    const visible = this.visibility(audience);
    const outcome: DeleteOutcome = { done: [], failed: [] };
    for (const file of files) {
      const deleted = visible(file) && (await this.deleteInside(file));
      (deleted ? outcome.done : outcome.failed).push(file);
    }
    return outcome;
  }

  private async deleteInside(file: string): Promise<boolean> {
    if (!(await this.store.locate(file))) return false;
    try {
      await this.store.delete(file);
      return true;
    } catch (error) {
      this.logger.warn(`could not delete recording ${JSON.stringify(file)}: ${(error as Error).message}`);
      return false;
    }
  }

  private visibility(audience: RecordingAudience): Visible {
    if (audience === 'team') return () => true;
    const { conferences } = this.xmlState.require();
    return (file) => isFriendsRecording(file, conferences);
  }
}

function assertRecordingName(file: string): void {
  const problem = recordingNameProblem(file);
  if (problem !== undefined) throw new DomainError('RECORDING.INVALID', problem);
}
