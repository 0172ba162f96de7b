import type { User } from '@fscon/contracts';

export interface UsersReprovResponse {
  op: 'users/reprov';
  done: User[];
  failed: { error: string; user: User }[];
}

export interface RebuildContactsResponse {
  op: 'conferences/rebuildcontacts';
  /** When the contact lists were rebuilt (ISO 8601). */
  done: string;
}
