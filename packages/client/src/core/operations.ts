import type { DeleteBackupOperation, Operation, StartRecoveryOperation } from "@backup-api/types/decoded";
import { getOperationResponseDefaults, OperationDefaults } from "../generated/proto3-defaults.js";
import { operationError } from "../internal/api-error.js";
import { call, type Context } from "../internal/call.js";
import { durationOption, requireString, usage } from "../internal/checks.js";
import { sleep, withDeadline } from "../internal/deadline.js";
import { fillDefaults } from "../internal/decoding.js";
import { CLIENT_DEFAULTS } from "./defaults.js";
import { BackupInvalidResponseError } from "./errors.js";
import type { CallOptions, Result } from "./options.js";

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

/** An operation that has finished successfully: done, no error, and its `response` present. */
export type DoneOperation<O extends Operation = Operation> = O & {
  done: true;
  error?: undefined;
  response: NonNullable<O["response"]>;
};

/** Operations API: read one, or wait for one to finish. */
export interface OperationsApi {
  /** `GET /operations/{operationId}` on the operations host. */
  get<O extends CallOptions = CallOptions>(operationId: string, options?: O): Promise<Result<Operation, O>>;
  /**
   * Polls until `done`, with growing delays. Resolves with the finished operation; rejects with
   * `BackupOperationError` built from `Operation.error` when the work failed.
   */
  wait<O extends Operation>(operation: O, options?: WaitOptions): Promise<DoneOperation<O>>;
  wait(operationId: string, options?: WaitOptions): Promise<DoneOperation<Operation>>;
}

export type { DeleteBackupOperation, StartRecoveryOperation };

const progressOf = (operation: Operation): number | undefined =>
  operation.metadata && "progressPercentage" in operation.metadata ? operation.metadata.progressPercentage : undefined;

export function operationsApi(context: Context): OperationsApi {
  async function get<O extends CallOptions>(operationId: string, options?: O) {
    const apiMethod = "operations.get";
    const id = requireString(apiMethod, "operationId", operationId);
    return call(context, { apiMethod, response: getOperationResponseDefaults }, options, (init, header) =>
      context.raw.GET("/operations/{operationId}", {
        ...init,
        baseUrl: context.operationsBaseUrl,
        params: { path: { operationId: id }, header },
      }),
    );
  }

  function wait<O extends Operation>(operation: O, options?: WaitOptions): Promise<DoneOperation<O>>;
  function wait(operationId: string, options?: WaitOptions): Promise<DoneOperation>;
  async function wait(operationOrId: Operation | string, options: WaitOptions = {}): Promise<DoneOperation> {
    const given = typeof operationOrId === "object" && operationOrId !== null ? operationOrId : undefined;
    const operationId = given ? given.id : operationOrId;
    if (typeof operationId !== "string" || operationId === "") {
      return usage("operations.wait", "expected an operation with an id, or an operation id");
    }
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
        const poll = () => get(operationId, { signal, headers: options.headers });
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

  return { get, wait };
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
