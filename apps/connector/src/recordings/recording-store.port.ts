/** Where a recording really is: a plain file name directly inside the (real) recordings folder. */
export interface StoredRecording {
  root: string;
  name: string;
}

/** The recordings folder. Names are plain file names; nothing outside the folder is ever reached. */
export abstract class RecordingStore {
  /** Names of the regular files in the folder (symbolic links only when they stay inside); [] without a folder. */
  abstract list(): Promise<string[]>;
  /** The regular file `name` stands for, or undefined when there is none inside the folder. */
  abstract locate(name: string): Promise<StoredRecording | undefined>;
  /** Removes the folder entry `name` (a symbolic link itself, never its target). */
  abstract delete(name: string): Promise<void>;
}
