import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Context, User, XmlState } from '@fscon/contracts';
import {
  internalTlsPort,
  ProvisioningError,
  sipDomain,
  type ProvisioningFile,
  type ProvisioningPaths,
  type ProvisioningRenderer,
  type ProvisioningSettings,
} from '@fscon/provisioning';
import { BoundedTasks } from '../common/bounded-tasks';
import { PhoneFileRenderer } from './phone-file-renderer';
import { ProvisioningFileStore } from './provisioning-file-store.port';
import { contextFingerprints, userFingerprint } from './provisioning-fingerprints';
import {
  checkPhoneUser,
  orphanedServerFiles,
  removeLeftovers,
  removeServerFiles,
  serverFiles,
  type CheckedUser,
} from './provisioning-owners';
import { emptyRunResult, type ProvisioningRunMode, type ProvisioningRunResult } from './provisioning-run';

interface ProjectedUser {
  fingerprint: string;
  paths: ProvisioningPaths;
}

type ProjectedState = Pick<XmlState, 'users' | 'conferences' | 'globals'>;

/** What one run keeps while it goes through the users. */
interface Run {
  full: boolean;
  contexts: Record<Context, string>;
  renderer: PhoneFileRenderer;
  result: ProvisioningRunResult;
  next: Map<string, ProjectedUser>;
  owners: Map<string, string>;
  claimed: Set<string>;
  fileTasks: BoundedTasks;
}

/** File reads and writes in flight while the next user is rendered (fsync makes each one slow). */
const PARALLEL_FILE_TASKS = 16;
/** Rendering is synchronous: let requests and events through at least this often (ms). */
const LONGEST_TURN_MS = 20;

/**
 * The provisioning files as a projection of the xmlState. Remembers a fingerprint per user, so a run
 * renders only the users whose inputs changed; files are written only when their content changed.
 * The first run compares every user's files with the disk and removes files nobody owns any more.
 */
export class ProvisioningProjection {
  private projected = new Map<string, ProjectedUser>();
  private diskChecked = false;

  constructor(
    private readonly store: ProvisioningFileStore,
    private readonly renderer: ProvisioningRenderer,
    private readonly settings: ProvisioningSettings,
  ) {}

  /** One run over `state`; `stop` ends it after the current user, once the files in flight are written. */
  async run(
    state: ProjectedState,
    mode: ProvisioningRunMode,
    stop?: AbortSignal,
  ): Promise<ProvisioningRunResult> {
    await this.store.assertAvailable();
    const sip = { domain: sipDomain(state.globals), tlsPort: internalTlsPort(state.globals) };
    const run: Run = {
      full: mode === 'full' || !this.diskChecked,
      contexts: contextFingerprints(state.conferences, sip, this.settings),
      renderer: new PhoneFileRenderer(this.renderer, state.conferences, sip, this.settings),
      result: emptyRunResult(),
      next: new Map(),
      owners: new Map(),
      claimed: new Set(),
      fileTasks: new BoundedTasks(PARALLEL_FILE_TASKS),
    };
    let turnStarted = performance.now();
    try {
      for (const user of state.users) {
        if (performance.now() - turnStarted > LONGEST_TURN_MS) {
          await nextTurn();
          turnStarted = performance.now();
        }
        stop?.throwIfAborted();
        await this.projectUser(run, user);
      }
    } finally {
      await run.fileTasks.drain();
    }
    const stale = [...this.projected.values()]
      .flatMap(({ paths }) => serverFiles(paths))
      .filter((path) => !run.claimed.has(path));
    await removeServerFiles(this.store, stale, run.result);
    if (run.full) {
      run.result.removed.push(...(await removeLeftovers(this.store)));
      const orphaned = await orphanedServerFiles(this.store, run.claimed);
      await removeServerFiles(this.store, orphaned, run.result);
    }
    this.projected = run.next;
    this.diskChecked = true;
    return run.result;
  }

  private async projectUser(run: Run, user: User): Promise<void> {
    const checked = checkPhoneUser(user, run.owners);
    if ('error' in checked) {
      run.result.failed.push({ error: checked.error, user });
      return;
    }
    serverFiles(checked.paths).forEach((path) => run.claimed.add(path));
    const fingerprint = userFingerprint(checked.user, run.contexts);
    const previous = this.projected.get(user.id);
    if (!run.full && previous?.fingerprint === fingerprint) {
      run.next.set(user.id, previous);
      run.result.unchanged += 1;
      this.report(user, checked, run.result);
      return;
    }
    const files = await this.render(run, user, checked, previous);
    for (const file of files) await run.fileTasks.add(() => this.writeIfChanged(file, run.result));
    // A user whose files could not be rendered keeps them as they are and is tried again next run.
    run.next.set(user.id, { fingerprint: files.length > 0 ? fingerprint : '', paths: checked.paths });
  }

  private async render(
    run: Run,
    user: User,
    checked: CheckedUser,
    previous: ProjectedUser | undefined,
  ): Promise<ProvisioningFile[]> {
    try {
      const existing = await this.existingDirectory(checked.paths, previous);
      const files = run.renderer.filesFor(checked.user, checked.paths, existing);
      run.result.rendered += 1;
      this.report(user, checked, run.result);
      return files;
    } catch (error) {
      if (!(error instanceof ProvisioningError)) throw error;
      run.result.failed.push({ error: error.message, user });
      return [];
    }
  }

  private async writeIfChanged(file: ProvisioningFile, result: ProvisioningRunResult): Promise<void> {
    if ((await this.store.read(file.path)) === file.content) return;
    await this.store.write(file.path, file.content);
    result.written.push(file.path);
  }

  /** The phone's directory file; after a MAC change the one of the previous phone, so the user keeps their items. */
  private async existingDirectory(
    paths: ProvisioningPaths,
    previous: ProjectedUser | undefined,
  ): Promise<string | undefined> {
    if (!paths.polycom) return undefined;
    const current = await this.store.read(paths.polycom.directory);
    const before = previous?.paths.polycom?.directory;
    if (current !== undefined || before === undefined || before === paths.polycom.directory) return current;
    return this.store.read(before);
  }

  private report(user: User, checked: CheckedUser, result: ProvisioningRunResult): void {
    if (checked.problem === undefined) result.done.push(user);
    else result.failed.push({ error: checked.problem, user });
  }
}
