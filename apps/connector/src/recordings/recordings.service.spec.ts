import { Logger } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { RecordingStore, type StoredRecording } from './recording-store.port';
import { RecordingsService } from './recordings.service';
import {
  FRIENDS_REC,
  GONE_REC,
  PUBLIC_REC,
  readModelWith,
  TEAM_REC,
} from './test-support/recordings-fixtures';

/** A recordings folder in memory; names listed in `undeletable` fail to delete. */
class InMemoryRecordingStore extends RecordingStore {
  readonly deleted: string[] = [];

  constructor(
    readonly files: Set<string>,
    private readonly undeletable = new Set<string>(),
  ) {
    super();
  }

  async list(): Promise<string[]> {
    return [...this.files];
  }

  async locate(name: string): Promise<StoredRecording | undefined> {
    return this.files.has(name) ? { root: '/rec', name } : undefined;
  }

  async delete(name: string): Promise<void> {
    if (this.undeletable.has(name)) throw new Error('EACCES');
    this.files.delete(name);
    this.deleted.push(name);
  }
}

function given(files: string[], undeletable: string[] = []) {
  const store = new InMemoryRecordingStore(new Set(files), new Set(undeletable));
  return { store, service: new RecordingsService(store, readModelWith()) };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
  );

describe('RecordingsService', () => {
  const all = [PUBLIC_REC, 'notes.txt', TEAM_REC, '.hidden.wav', 'x.wav', FRIENDS_REC, GONE_REC];

  it('lists the team every .wav recording, sorted by name', async () => {
    const { service } = given(all);
    expect(await service.list('team')).toEqual([FRIENDS_REC, GONE_REC, PUBLIC_REC, TEAM_REC, 'x.wav']);
  });

  it('lists friends only recordings of conferences outside the team context', async () => {
    const { service } = given(all);
    expect(await service.list('friends')).toEqual([FRIENDS_REC, PUBLIC_REC]);
  });

  it('finds recordings whose names contain the search', async () => {
    const { service } = given(all);
    expect(await service.find('team', '_conf-')).toEqual([FRIENDS_REC, GONE_REC, PUBLIC_REC]);
    expect(await service.find('friends', 'plain')).toEqual([FRIENDS_REC]);
  });

  it('locates a visible recording and reports others as not found', async () => {
    const { service } = given(all);
    expect(await service.locate('team', TEAM_REC)).toEqual({ root: '/rec', name: TEAM_REC });
    expect(await service.locate('friends', PUBLIC_REC)).toEqual({ root: '/rec', name: PUBLIC_REC });
    expect(await codeOf(service.locate('friends', TEAM_REC))).toBe('RECORDING.NOT_FOUND');
    expect(await codeOf(service.locate('friends', GONE_REC))).toBe('RECORDING.NOT_FOUND');
    expect(await codeOf(service.locate('team', 'missing.wav'))).toBe('RECORDING.NOT_FOUND');
  });

  it('refuses names that are not plain .wav names', async () => {
    const { service } = given(all);
    for (const file of ['', '../../etc/passwd', '..', 'a\\b.wav', 'a\u0000.wav', 'notes.txt']) {
      expect(await codeOf(service.locate('team', file))).toBe('RECORDING.INVALID');
    }
  });

  it('deletes each file on its own and reports the ones it could not delete', async () => {
    const { service, store } = given(all, [PUBLIC_REC]);
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const outcome = await service.delete('team', [TEAM_REC, 'missing.wav', PUBLIC_REC, TEAM_REC]);
    expect(outcome).toEqual({ done: [TEAM_REC], failed: ['missing.wav', PUBLIC_REC, TEAM_REC] });
    expect(store.deleted).toEqual([TEAM_REC]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`could not delete recording "${PUBLIC_REC}"`));
    warn.mockRestore();
  });

  it('lets friends delete only recordings of non-team conferences', async () => {
    const { service, store } = given(all);
    const outcome = await service.delete('friends', [TEAM_REC, FRIENDS_REC, GONE_REC]);
    expect(outcome).toEqual({ done: [FRIENDS_REC], failed: [TEAM_REC, GONE_REC] });
    expect(store.deleted).toEqual([FRIENDS_REC]);
  });

  it('deletes nothing when any name is not a plain .wav name', async () => {
    const { service, store } = given(all);
    expect(await codeOf(service.delete('team', [TEAM_REC, '../x.wav']))).toBe('RECORDING.INVALID');
    expect(store.deleted).toEqual([]);
  });
});
