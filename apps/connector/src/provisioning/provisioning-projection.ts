import { setImmediate as nextTurn } from 'node:timers/promises';
import type { User, XmlState } from '@fscon/contracts';
import {
  internalTlsPort,
  ProvisioningError,
  type ProvisioningFile,
  type ProvisioningPaths,
  type ProvisioningRenderer,
  type ProvisioningSettings,
} from '@fscon/provisioning';
import { BoundedTasks } from './bounded-tasks';
import { PhoneFileRenderer } from './phone-file-renderer';
import { ProvisioningFileStore } from './provisioning-file-store.port';
import { contextFingerprints, userFingerprint } from './provisioning-fingerprints';
import { checkPhoneUser, orphanedServerFiles, serverFiles, type CheckedUser } from './provisioning-owners';

/** `changes` renders the users whose inputs changed since the last run; `full` renders every user. */
export type ProvisioningRunMode = 'changes' | 'full';

export interface ProvisioningFailure {
  error: string;
  user: User;
}

export interface ProvisioningRunResult {
  /** Users whose files are current. */
  done: User[];
  failed: ProvisioningFailure[];
  rendered: number;
  unchanged: number;
  written: string[];
  removed: string[];
}

interface ProjectedUser {
  fingerprint: string;
  paths: ProvisioningPaths;
}

type ProjectedState = Pick<XmlState, 'users' | 'conferences' | 'globals'>;

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

  async run(state: ProjectedState, mode: ProvisioningRunMode): Promise<ProvisioningRunResult> {
    const full = mode === 'full' || !this.diskChecked;
    const tlsPort = internalTlsPort(state.globals);
    const contexts = contextFingerprints(state.conferences, tlsPort, this.settings);
    const renderer = new PhoneFileRenderer(this.renderer, state.conferences, tlsPort, this.settings);
    const result: ProvisioningRunResult = {
      done: [],
      failed: [],
      rendered: 0,
      unchanged: 0,
      written: [],
      removed: [],
    };
    const next = new Map<string, ProjectedUser>();
    const owners = new Map<string, string>();
    const claimed = new Set<string>();
    const fileTasks = new BoundedTasks(PARALLEL_FILE_TASKS);
    let turnStarted = performance.now();
    for (const user of state.users) {
      if (performance.now() - turnStarted > LONGEST_TURN_MS) {
        await nextTurn();
        turnStarted = performance.now();
      }
      const checked = checkPhoneUser(user, owners);
      if ('error' in checked) {
        result.failed.push({ error: checked.error, user });
        continue;
      }
      serverFiles(checked.paths).forEach((path) => claimed.add(path));
      const fingerprint = userFingerprint(checked.user, contexts);
      const previous = this.projected.get(user.id);
      if (!full && previous?.fingerprint === fingerprint) {
        next.set(user.id, previous);
        result.unchanged += 1;
        this.report(user, checked, result);
        continue;
      }
      const rendered = await this.render(renderer, user, checked, previous, result);
      for (const file of rendered) await fileTasks.add(() => this.writeIfChanged(file, result));
      next.set(user.id, { fingerprint: rendered.length > 0 ? fingerprint : '', paths: checked.paths });
    }
    await fileTasks.drain();
    await this.removeAll(
      [...this.projected.values()].flatMap(({ paths }) => serverFiles(paths)).filter((p) => !claimed.has(p)),
      result,
    );
    if (full) await this.removeAll(await orphanedServerFiles(this.store, claimed), result);
    this.projected = next;
    this.diskChecked = true;
    return result;
  }

  /** The user's files; none when they cannot be rendered (reported, and tried again on the next run). */
  private async render(
    renderer: PhoneFileRenderer,
    user: User,
    checked: CheckedUser,
    previous: ProjectedUser | undefined,
    result: ProvisioningRunResult,
  ): Promise<ProvisioningFile[]> {
    try {
      const existing = await this.existingDirectory(checked.paths, previous);
      const files = renderer.filesFor(checked.user, checked.paths, existing);
      result.rendered += 1;
      this.report(user, checked, result);
      return files;
    } catch (error) {
      if (!(error instanceof ProvisioningError)) throw error;
      result.failed.push({ error: error.message, user });
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

  private async removeAll(paths: string[], result: ProvisioningRunResult): Promise<void> {
    const folders = new Set<string>();
    for (const path of paths) {
      if (!(await this.store.remove(path))) continue;
      result.removed.push(path);
      folders.add(path.slice(0, path.lastIndexOf('/')));
    }
    for (const folder of folders) await this.store.removeFolderIfEmpty(folder);
  }
}
