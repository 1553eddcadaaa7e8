import type { DeleteBackupOperation, Operation, StartRecoveryOperation } from "@backup-api/types";
import { withDeadline } from "../abort/deadline.js";
import { usage } from "../errors/usage.js";
import { apiError } from "../errors/from-status.js";
import type { Context } from "../pipeline/context.js";
import type { CallOptions, Result } from "../pipeline/options.js";
import { route } from "../resources/route.js";

/** Options of `operations.wait`. */
export interface WaitOptions {
  /** Stops waiting (and the poll in flight). */
  signal?: AbortSignal;
  /** Gives up after this long in all, with `BackupTimeoutError` (default: wait as long as it takes). */
  timeoutMs?: number;
  /** Called with each state seen: the progress (0–100, when the operation reports it) and the operation. */
  onProgress?: (progressPercentage: number | undefined, operation: Operation) => void;
  /** First delay between polls (default 1000 ms); grows ×1.5 each poll. */
  pollIntervalMs?: number;
  /** Longest delay between polls (default 10000 ms). */
  maxPollIntervalMs?: number;
}

/** An operation that has finished successfully. */
export type DoneOperation<O extends Operation = Operation> = O & { done: true; error?: undefined };

/** Operations API: read one, or wait for one to finish. */
export interface OperationsApi {
  /** `GET /operations/{operationId}` on the operations host. */
  get<O extends CallOptions = CallOptions>(operationId: string, options?: O): Promise<Result<Operation, O>>;
  /**
   * Polls until `done`, with growing delays. Resolves with the finished operation; rejects with `BackupApiError`
   * built from `Operation.error` when the work failed.
   */
  wait<O extends Operation>(operation: O, options?: WaitOptions): Promise<DoneOperation<O>>;
  wait(operationId: string, options?: WaitOptions): Promise<DoneOperation<Operation>>;
}

export type { DeleteBackupOperation, StartRecoveryOperation };

export function operationsApi(c: Context): OperationsApi {
  const byId = route(c, "operations.get", "GET /operations/{operationId}", c.operationsBaseUrl);
  const get = (operationId: string, o?: CallOptions) => byId({ operationId }, o) as Promise<Operation>;

  const wait = async (opOrId: Operation | string, o: WaitOptions = {}) => {
    let op = typeof opOrId === "object" ? opOrId : undefined;
    const id = (opOrId as Operation)?.id ?? opOrId;
    if (typeof id !== "string" || !id) return usage("operations.wait", "expected an operation with an id, or an operation id");
    let delay = o.pollIntervalMs ?? 1000;
    return withDeadline("operations.wait", o.timeoutMs, o.signal, async (d) => {
      for (;;) {
        if (op) {
          const meta = op.metadata as { progressPercentage?: number } | undefined;
          o.onProgress?.(meta?.progressPercentage, op);
          if (op.error) throw apiError(op.error, undefined, undefined, undefined, id);
          if (op.done) return op;
          await d.sleep(delay);
          delay = Math.min(o.maxPollIntervalMs ?? 10_000, delay * 1.5);
        }
        op = await get(id, { signal: d.signal });
        // a poll answered after the deadline reports nothing
        if (d.over) return op;
      }
    });
  };

  return { get, wait } as OperationsApi;
}
