import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as tar from 'tar';
import { tarEntryProblem } from './tar-entry-rules';
import { tempFileName } from '../config-files/durable-files';
import { WORK_NAME } from '../config-files/work-names';

function isWorkFile(path: string): boolean {
  return path.split('/').some((segment) => WORK_NAME.test(segment));
}

/** A gzipped tarball of everything in `folder` (paths relative to it), replacing `file` atomically. */
export async function writeTarball(folder: string, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = join(dirname(file), tempFileName(basename(file), randomBytes(6).toString('hex')));
  try {
    await tar.c(
      { gzip: true, file: temp, cwd: folder, portable: true, filter: (path) => !isWorkFile(path) },
      ['.'],
    );
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Why the tarball must not be restored: every entry the rules refuse, or that it is no tarball at all. */
export async function tarballProblems(file: string): Promise<string[]> {
  const problems: string[] = [];
  try {
    await tar.t({
      file,
      strict: true,
      onReadEntry: (entry) => {
        const problem = tarEntryProblem(entry);
        if (problem) problems.push(problem);
      },
    });
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems;
}

/** Unpacks a tarball whose entries passed tarballProblems into `folder`. */
export async function extractTarball(file: string, folder: string): Promise<void> {
  await tar.x({ file, cwd: folder, strict: true, preserveOwner: false, filter: (path) => !isWorkFile(path) });
}
