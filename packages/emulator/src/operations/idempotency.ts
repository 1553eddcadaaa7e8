// Idempotency-Key: the first request with a key starts the work; a repeat of the same request gets the same
// Operation and starts nothing; the same key on another request is refused. Lookup and record happen in one
// synchronous step of the handler, so concurrent repeats cannot both start work. A key lives
// `IDEMPOTENCY_KEY_LIFETIME_MS` after its first use, on the emulator's clock; then it is unknown again.
import { invalidArgument } from "../http/api-error.js";
import { hasExpired, IDEMPOTENCY_KEY_LIFETIME_MS } from "../kept-state/kept-state-rules.js";
import type { OperationRecord } from "../state/model.js";
import type { MemoryStore } from "../state/store.js";

export const IDEMPOTENCY_HEADER = "idempotency-key";

/** The same request, whatever the header order or the body's spacing. */
export function requestFingerprint(operationId: string, path: Record<string, string>, body: unknown): string {
  const sortedPath = Object.fromEntries(Object.entries(path).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify([operationId, sortedPath, body ?? null]);
}

/** The Operation an earlier request with this key started, if it was the same request. */
export function replay(
  store: MemoryStore,
  key: string | undefined,
  fingerprint: string,
  nowMs: number,
): OperationRecord | undefined {
  if (key === undefined) return undefined;
  const seen = store.idempotencyKeys.get(key);
  // Expired but not dropped yet (a real clock moved since the request was brought up to time): unknown.
  if (!seen || hasExpired(seen.firstUsedAtMs, IDEMPOTENCY_KEY_LIFETIME_MS, nowMs)) return undefined;
  if (seen.fingerprint !== fingerprint) {
    throw invalidArgument(
      [
        {
          field: "Idempotency-Key",
          description: `${key} was already used for a different request; use a new key for a new request`,
        },
      ],
      "Idempotency-Key reused",
    );
  }
  return store.operations.get(seen.operationId);
}

export function remember(
  store: MemoryStore,
  key: string | undefined,
  fingerprint: string,
  record: OperationRecord,
): void {
  // First used when its operation started: the same instant of the emulator's clock.
  if (key !== undefined)
    store.rememberIdempotencyKey(key, {
      fingerprint,
      operationId: record.operation.id,
      firstUsedAtMs: record.startedAtMs,
    });
}
