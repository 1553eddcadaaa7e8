// Operations, one standalone function per method on a core (`operationsWait(core, operation, options)`), so
// that an app that never waits ships no polling; `operationsApi(core)` gathers them into `client.operations`.
import type { DeleteBackupOperation, Operation, StartRecoveryOperation } from "@backup-api/types/decoded";
import type { BackupCore } from "../core/backup-core.js";
import { CLIENT_DEFAULTS } from "../core/defaults.js";
import { BackupInvalidResponseError } from "../core/errors.js";
import type { CallOptions, Result } from "../core/options.js";
import { OperationDefaults, responseOfCancelOperation, responseOfGetOperation } from "../generated/proto3-defaults.js";
import { operationError } from "../internal/api-error.js";
import { call } from "../internal/call.js";
import { durationOption, requireCore, requireString, usage } from "../internal/checks.js";
import { sleep, withDeadline } from "../internal/deadline.js";
import { fillDefaults } from "../internal/decoding.js";

/** Options of `operations.wait`; every one has a default (`CLIENT_DEFAULTS.wait`). */
export interface WaitOptions {
  /** Stops waiting, and the poll in flight, with `BackupAbortError`. The operation itself goes on. */
  signal?: AbortSignal;
  /** Gives up after this long in all, in ms, with `BackupTimeoutError`; 0 or Infinity waits as long as it takes. The operation itself goes on. */
  timeoutMs?: number;
  /** Extra headers for each poll, such as `x-client-trace-id`. */
  headers?: Record<string, string>;
  /** Called with each state seen: the progress (0–100, when the operation reports it) and the operation. */
  onProgress?: (progressPercentage: number | undefined, operation: Operation) => void;
  /** First delay between polls, in ms; it grows ×1.5 after each poll. */
  pollIntervalMs?: number;
  /** Longest delay between polls, in ms. */
  maxPollIntervalMs?: number;
}

/**
 * An operation that has finished successfully: done, no error, and its `response` present, typed by the
 * operation's own schema (the spec's `<Method>Operation`): `DoneOperation<CreatePolicyOperation>["response"]` is
 * the new Policy (a `PolicyAny`: the `Policy` with its `@type`), as for `UpdatePolicyOperation`;
 * `DoneOperation<DeletePolicyOperation>["response"]` is `Empty`, as for every other operation.
 */
export type DoneOperation<O extends Operation = Operation> = O & {
  done: true;
  error?: undefined;
  response: NonNullable<O["response"]>;
};

/** Operations, as `client.operations`: read one, wait for one to finish, or ask for one to be cancelled. */
export interface OperationsApi {
  /** `GET /operations/{operationId}` on the operations host. */
  get<O extends CallOptions = CallOptions>(operationId: string, options?: O): Promise<Result<Operation, O>>;
  /**
   * Asks for a running operation to be cancelled and returns it: `GET /operations/{operationId}:cancel` on the
   * operations host (a GET, as the API binds it). It starts no work of its own, so it sends no `Idempotency-Key`; a second cancel, or one of an operation already done, may be refused with FAILED_PRECONDITION.
   */
  cancel<O extends CallOptions = CallOptions>(operationId: string, options?: O): Promise<Result<Operation, O>>;
  /**
   * Polls until `done`, with growing delays. Resolves with the finished operation, typed as the one passed in:
   * waiting on `policies.create`'s `CreatePolicyOperation` gives its `response` as the new Policy, on
   * `policies.delete`'s as `Empty`; an operation id gives an `Operation`, whose response may be either. Rejects
   * with `BackupOperationError` built from `Operation.error` when the work failed.
   */
  wait<O extends Operation>(operation: O, options?: WaitOptions): Promise<DoneOperation<O>>;
  wait(operationId: string, options?: WaitOptions): Promise<DoneOperation<Operation>>;
}

export type { DeleteBackupOperation, StartRecoveryOperation };

const progressOf = (operation: Operation): number | undefined =>
  operation.metadata && "progressPercentage" in operation.metadata ? operation.metadata.progressPercentage : undefined;

/** `GET /operations/{operationId}` on the operations host: `client.operations.get` on a core. */
export async function operationsGet<O extends CallOptions = CallOptions>(
  core: BackupCore,
  operationId: string,
  options?: O,
): Promise<Result<Operation, O>> {
  const apiMethod = "operations.get";
  const id = requireString(apiMethod, "operationId", operationId);
  return call(core, { apiMethod, response: responseOfGetOperation }, options, (init, header) =>
    core.raw.GET("/operations/{operationId}", {
      ...init,
      baseUrl: core.operationsBaseUrl,
      params: { path: { operationId: id }, header },
    }),
  );
}

/** Asks for an operation to be cancelled, on the operations host: `client.operations.cancel` on a core. */
export async function operationsCancel<O extends CallOptions = CallOptions>(
  core: BackupCore,
  operationId: string,
  options?: O,
): Promise<Result<Operation, O>> {
  const apiMethod = "operations.cancel";
  const id = requireString(apiMethod, "operationId", operationId);
  return call(core, { apiMethod, response: responseOfCancelOperation }, options, (init, header) =>
    core.raw.GET("/operations/{operationId}:cancel", {
      ...init,
      baseUrl: core.operationsBaseUrl,
      params: { path: { operationId: id }, header },
    }),
  );
}

/**
 * Polls until `done`, with growing delays: `client.operations.wait` on a core. Resolves with the finished
 * operation; rejects with `BackupOperationError` built from `Operation.error` when the work failed.
 */
export function operationsWait<O extends Operation>(
  core: BackupCore,
  operation: O,
  options?: WaitOptions,
): Promise<DoneOperation<O>>;
export function operationsWait(core: BackupCore, operationId: string, options?: WaitOptions): Promise<DoneOperation>;
export function operationsWait(
  core: BackupCore,
  operationOrId: Operation | string,
  options?: WaitOptions,
): Promise<DoneOperation>;
export async function operationsWait(
  core: BackupCore,
  operationOrId: Operation | string,
  options: WaitOptions = {},
): Promise<DoneOperation> {
  const given = typeof operationOrId === "object" && operationOrId !== null ? operationOrId : undefined;
  const operationId = given ? given.id : operationOrId;
  if (typeof operationId !== "string" || operationId === "") {
    return usage("operations.wait", "expected an operation with an id, or an operation id");
  }
  requireCore("operations.wait", core);
  const { wait: defaults } = CLIENT_DEFAULTS;
  const duration = (name: "timeoutMs" | "pollIntervalMs" | "maxPollIntervalMs") =>
    durationOption("operations.wait", name, options[name], defaults[name]);
  const maxPollIntervalMs = duration("maxPollIntervalMs");
  const pollIntervalMs = duration("pollIntervalMs");
  // stopping the wait, by its timeout or its signal, does not stop the operation: both errors say which it is
  const stillRunning = `; operation ${operationId} may still be running`;
  return withDeadline(
    "operations.wait",
    duration("timeoutMs"),
    options.signal,
    async (signal) => {
      const poll = () => operationsGet(core, operationId, { signal, headers: options.headers });
      // one handed in gets its defaults filled in (in place) too: it may come from JavaScript, or from client.raw
      if (given) fillDefaults(given, OperationDefaults);
      let operation = given ?? (await poll());
      for (let delayMs = pollIntervalMs; ; delayMs = Math.min(maxPollIntervalMs, delayMs * 1.5)) {
        // a poll answered after the deadline reports nothing
        signal.throwIfAborted();
        options.onProgress?.(progressOf(operation), operation);
        if (operation.error) throw operationError(operationId, operation.error);
        if (operation.done) return finished(operation);
        await sleep(delayMs, signal);
        operation = await poll();
      }
    },
    stillRunning,
  );
}

/** `client.operations`: every function of operations on one core. */
export function operationsApi(core: BackupCore): OperationsApi {
  function wait<O extends Operation>(operation: O, options?: WaitOptions): Promise<DoneOperation<O>>;
  function wait(operationId: string, options?: WaitOptions): Promise<DoneOperation>;
  function wait(operationOrId: Operation | string, options?: WaitOptions): Promise<DoneOperation> {
    return operationsWait(core, operationOrId, options);
  }
  return {
    get: (operationId, options) => operationsGet(core, operationId, options),
    cancel: (operationId, options) => operationsCancel(core, operationId, options),
    wait,
  };
}

/** A done operation without an error: it has its response, or the server broke the spec. */
function finished(operation: Operation): DoneOperation {
  if (isFinished(operation)) return operation;
  throw new BackupInvalidResponseError(
    `operations.wait: operation ${operation.id} is done with neither response nor error`,
    {
      status: 200,
      requestId: undefined,
    },
  );
}

/** Done, without an error and with its response: what `wait` resolves with. */
function isFinished(operation: Operation): operation is DoneOperation {
  return operation.done && !operation.error && operation.response !== undefined;
}
