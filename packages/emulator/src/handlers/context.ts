// What a handler gets: the validated request, the state, the clock and the operation runner.
import type { OperationId, Status } from "@backup-api/types";
import type { Caller } from "../http/authenticate.js";
import type { NotYetEmulatedId } from "./not-yet-emulated.js";
import type { ValidatedRequest } from "../http/validate-request.js";
import type { PageTokens } from "../list/page-token.js";
import type { OperationRunner } from "../operations/operation-runner.js";
import type { Scheduler } from "../schedules/scheduler.js";
import type { MemoryStore } from "../state/store.js";
import type { EmulatorClock } from "../time/clock.js";

export interface HandlerContext {
  request: ValidatedRequest;
  caller: Caller;
  store: MemoryStore;
  clock: EmulatorClock;
  operations: OperationRunner;
  /** Policies' schedules: when each instance backs up next. */
  schedules: Scheduler;
  pageTokens: PageTokens;
  /** Set by an `operationError` fault: the operation this request starts will end with this error. */
  operationFailure: Status | undefined;
}

/**
 * What a handler answers with: the wire object and the spec schema it is an instance of. Stored records may stand
 * in it as their cached text (src/state/wire-json-cache.ts).
 */
export interface HandlerResult {
  body: unknown;
  schemaName: string;
}

export type Handler = (context: HandlerContext) => HandlerResult | Promise<HandlerResult>;

/** One handler per operation of the spec; a missing one does not compile, and a test checks the spec's list. */
export type Handlers = Record<OperationId, Handler>;

/** The handlers written so far: every operation of the spec but those not emulated yet. */
export type EmulatedHandlers = Omit<Handlers, NotYetEmulatedId>;
