// Where the state lives between runs. Without a storage it lives in memory and dies with the process; the
// SQLite storage (`@backup-api/emulator/sqlite`, Node only) keeps it in a file. The core only knows this
// interface, so in-process and browser use never load SQLite.
import type { EmulatorState } from "./model.js";
import type { MemoryStore } from "./store.js";

export interface EmulatorStorage {
  /** What was saved last time, or undefined when there is nothing yet (a new file). */
  load(): EmulatorState | undefined;
  /** A store over `state`. `replace`: `state` is new (first start, reset, restore), save it whole first. */
  open(state: EmulatorState, replace: boolean): MemoryStore;
  /** Where the state is kept, for messages (a file path). */
  readonly location: string;
  /** Releases the file. */
  close(): void;
}
