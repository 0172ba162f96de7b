import { open } from 'node:fs/promises';

/** The name of a temporary file beside `name`: hidden, ending in `.tmp`, so no `*.xml` include matches it. */
export function tempFileName(name: string, hex: string): string {
  return `.${name}.${hex}.tmp`;
}

/** The temporary files the connector writes beside its files, and nothing else. */
export const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

export async function readFileBytes(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Makes a rename or unlink in the folder durable; file systems that cannot sync a folder are let be. */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    return;
  } finally {
    await handle?.close();
  }
}
