import type { OperationTimings } from "../operations/timing.js";
import type { RegistrationOptions } from "../registration/registration-timing.js";
import type { SeedOptions } from "../seed/generate-seed.js";
import type { EmulatorState } from "../state/model.js";
import type { EmulatorStorage } from "../state/storage.js";
import type { ClockOptions } from "../time/clock.js";

export interface EmulatorOptions {
  /** The generated data: `{ seed, backups, now }`. Default: the default seed (a folder of 60 backups). */
  seed?: SeedOptions;
  /** Start from a snapshot instead of the seed (`reset()` still goes back to the seed). */
  state?: EmulatorState;
  /** `{ manual: true }` for tests: time moves only by `emulator.clock.advance(ms)`. */
  clock?: ClockOptions;
  /** How long operations take: `{ recovery: { durationMs: 5000 }, delete: { completeAfterPolls: 2 } }`. */
  operations?: OperationTimings;
  /**
   * How long an agent takes to register a machine (`agents.register`, default 30 s) and how long a token of
   * `getAgentInstallCommand` stays valid (default 24 h), on the emulator's clock: `{ durationMs, tokenLifetimeMs }`.
   */
  registration?: RegistrationOptions;
  /**
   * Keep the state across restarts: `openSqliteStorage(file)` from `@backup-api/emulator/sqlite`. A saved state
   * is resumed (then `seed` and `state` are not used); every change is written before its answer leaves.
   */
  storage?: EmulatorStorage;
  /** Seed of the random numbers that decide faults given a `probability`. Default 1. */
  faultSeed?: number;
}
