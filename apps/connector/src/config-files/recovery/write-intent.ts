import type { FileSnapshot } from '../config-folder';

/** Every file a write of files touches, as it was before: enough to put each back byte for byte. */
export interface FilesUndo {
  kind: 'files';
  files: { path: string; before: FileSnapshot }[];
}

/**
 * The entries of `folder` swapped for those of `staged`: the old ones (`before`) move into `backup`,
 * then the staged ones (`incoming`) take their place. `staged` and `backup` are inside `folder`.
 */
export interface SwapUndo {
  kind: 'swap';
  folder: string;
  staged: string;
  backup: string;
  before: string[];
  incoming: string[];
}

/** How to take a configuration write back; paths are relative to the configuration folder. */
export type Undo = FilesUndo | SwapUndo;

/** The durable record of a configuration write under way: where, since when, how to take it back. */
export interface WriteIntent {
  root: string;
  startedAt: string;
  undo: Undo;
}

const VERSION = 1;

type StoredSnapshot = { mode: number; base64: string } | null;

export function encodeIntent(intent: WriteIntent): string {
  const { undo } = intent;
  const stored =
    undo.kind === 'files'
      ? {
          kind: undo.kind,
          files: undo.files.map(({ path, before }) => ({ path, before: storeSnapshot(before) })),
        }
      : undo;
  return JSON.stringify({ version: VERSION, root: intent.root, startedAt: intent.startedAt, undo: stored });
}

/** Reads a record encodeIntent wrote; throws for anything else. */
export function decodeIntent(text: string): WriteIntent {
  const record = JSON.parse(text) as {
    version?: unknown;
    root?: unknown;
    startedAt?: unknown;
    undo?: unknown;
  };
  if (record.version !== VERSION || typeof record.root !== 'string' || typeof record.startedAt !== 'string') {
    throw new Error('not a configuration write record of this version');
  }
  return { root: record.root, startedAt: record.startedAt, undo: decodeUndo(record.undo) };
}

function decodeUndo(value: unknown): Undo {
  const undo = value as { kind?: unknown; files?: unknown };
  if (undo?.kind === 'files' && Array.isArray(undo.files)) {
    const files = undo.files as { path: string; before: StoredSnapshot }[];
    return {
      kind: 'files',
      files: files.map(({ path, before }) => ({ path, before: loadSnapshot(before) })),
    };
  }
  const swap = value as SwapUndo;
  if (swap?.kind === 'swap' && Array.isArray(swap.before) && Array.isArray(swap.incoming)) return swap;
  throw new Error('the record does not say how to take the write back');
}

function storeSnapshot(snapshot: FileSnapshot): StoredSnapshot {
  return snapshot.exists ? { mode: snapshot.mode, base64: snapshot.data.toString('base64') } : null;
}

function loadSnapshot(stored: StoredSnapshot): FileSnapshot {
  return stored
    ? { exists: true, mode: stored.mode, data: Buffer.from(stored.base64, 'base64') }
    : { exists: false };
}
