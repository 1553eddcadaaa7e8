// What the emulator keeps on purpose, and for how long, on the emulator's clock: the documented rules that bound
// its memory (README, "What the emulator keeps, and for how long"). The reference states none of these; they are
// the common practice of cloud APIs, long enough for any test that polls or repeats late.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An Idempotency-Key answers its first request's Operation for 24 h after its first use; then it starts new work. */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * HOUR;

/** A finished (done) operation stays readable 30 days after it finished; then `GET /operations/{id}` → 404. */
export const FINISHED_OPERATION_LIFETIME_DAYS = 30;
export const FINISHED_OPERATION_LIFETIME_MS = FINISHED_OPERATION_LIFETIME_DAYS * DAY;

/** Each instance's resource keeps its newest 1,000 tasks; a running task is never dropped. */
export const TASKS_KEPT_PER_RESOURCE = 1_000;

// A key answers with its Operation, so it must never outlive it: a key is first used when its operation starts,
// and an operation is only dropped a lifetime after it finished, which is later than the key's end if this holds.
if (IDEMPOTENCY_KEY_LIFETIME_MS > FINISHED_OPERATION_LIFETIME_MS) {
  throw new Error("kept-state rules: an Idempotency-Key must not outlive the operation it answers with");
}

/** Whether something made or finished at `sinceMs`, kept `lifetimeMs`, is gone at `nowMs`: at exactly the end, yes. */
export const hasExpired = (sinceMs: number, lifetimeMs: number, nowMs: number) => nowMs >= sinceMs + lifetimeMs;
