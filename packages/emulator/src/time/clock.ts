// The emulator's sense of time. Operations progress on it; tests use a manual one and move it by hand, so
// nothing waits on the wall clock. The system clock can be moved forward too (time travel for a person exploring).

export interface EmulatorClock {
  /** Milliseconds since the epoch, as the emulator sees them. */
  now(): number;
  /**
   * Moves time forward; operations due by then finish, scheduled runs due by then are made, delayed answers due
   * by then are sent.
   */
  advance(milliseconds: number): void;
  /** `true` when time moves only by `advance`. */
  readonly manual: boolean;
  /** Resolves once `milliseconds` have passed on this clock. */
  sleep(milliseconds: number): Promise<void>;
}

interface Sleeper {
  wakeAt: number;
  wake: () => void;
}

export interface ClockOptions {
  /** `true`: time stands still unless advanced. Default `false` (wall-clock time). */
  manual?: boolean;
  /** Where a manual clock starts: an RFC 3339 string or epoch milliseconds. Default: now. */
  startAt?: string | number;
}

function startTime(startAt: ClockOptions["startAt"]): number {
  if (startAt === undefined) return Date.now();
  const time = typeof startAt === "number" ? startAt : Date.parse(startAt);
  if (!Number.isFinite(time))
    throw new TypeError(
      `createEmulator: clock.startAt must be an RFC 3339 time or epoch milliseconds, got ${JSON.stringify(startAt)}`,
    );
  return time;
}

export function createClock(options: ClockOptions = {}): EmulatorClock {
  const manual = options.manual === true;
  let offset = manual
    ? startTime(options.startAt)
    : options.startAt === undefined
      ? 0
      : startTime(options.startAt) - Date.now();
  const sleepers: Sleeper[] = [];
  const now = () => (manual ? offset : Date.now() + offset);

  return {
    manual,
    now,
    advance(milliseconds) {
      if (!(milliseconds >= 0) || !Number.isFinite(milliseconds)) {
        throw new RangeError(`clock.advance: milliseconds must be a finite number ≥ 0, got ${String(milliseconds)}`);
      }
      offset += milliseconds;
      const current = now();
      for (const sleeper of sleepers.filter((candidate) => candidate.wakeAt <= current)) {
        sleepers.splice(sleepers.indexOf(sleeper), 1);
        sleeper.wake();
      }
    },
    sleep(milliseconds) {
      if (milliseconds <= 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        if (manual) sleepers.push({ wakeAt: now() + milliseconds, wake: resolve });
        else setTimeout(resolve, milliseconds);
      });
    },
  };
}
