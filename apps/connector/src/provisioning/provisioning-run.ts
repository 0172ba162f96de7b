import type { User } from '@fscon/contracts';

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

export function emptyRunResult(): ProvisioningRunResult {
  return { done: [], failed: [], rendered: 0, unchanged: 0, written: [], removed: [] };
}
