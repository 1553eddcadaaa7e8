// createEmulator(): the whole API as a `fetch`, with its state, clock and faults in reach. No Node built-ins:
// it is Request → Response, and runs in Node, browsers and workers.
import { controlApi } from "../control/control-api.js";
import { FaultInjector } from "../faults/fault-injector.js";
import type { FaultRule } from "../faults/fault-rule.js";
import type { ActiveFault } from "../faults/fault-injector.js";
import { HANDLERS } from "../handlers/index.js";
import { handleRequest, type RequestPipeline } from "../http/handle-request.js";
import type { EmulatorRequest, Outcome } from "../http/exchange.js";
import { fromFetchRequest, outcomeAsResponse } from "../http/fetch-exchange.js";
import { createPageTokens, type PageTokens } from "../list/page-token.js";
import { OperationRunner } from "../operations/operation-runner.js";
import { Scheduler } from "../schedules/scheduler.js";
import { resolveTimings } from "../operations/timing.js";
import {
  AgentRegistrar,
  type AgentRegistration,
  type AgentRegistrationRequest,
} from "../registration/agent-registrar.js";
import { resolveRegistrationTiming } from "../registration/registration-timing.js";
import { generateSeed } from "../seed/generate-seed.js";
import { Random } from "../seed/random.js";
import { SPEC_OPERATIONS } from "../spec/bundled-spec.js";
import { createRouter } from "../http/router.js";
import type { EmulatorState } from "../state/model.js";
import { MemoryStore } from "../state/store.js";
import { createClock, type EmulatorClock } from "../time/clock.js";
import type { EmulatorOptions } from "./options.js";
import { describeState, type StateSummary } from "./summary.js";

export interface Emulator {
  /** A `fetch` serving the whole API (both hosts' routes, whatever the URL's host) and the control API. */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** The core, for adapters: one request in, one outcome out (a reply, or a connection fault). */
  handle: (request: EmulatorRequest) => Promise<Outcome>;
  /** Back to the seed: every change, operation and Idempotency-Key forgotten. Faults stay. */
  reset(): void;
  /** The whole state as plain JSON (a deep copy). */
  snapshot(): EmulatorState;
  /** Replaces the state with a snapshot. */
  restore(state: EmulatorState): void;
  clock: EmulatorClock;
  faults: {
    /** Adds a fault rule; returns its id. */
    add(rule: FaultRule): number;
    remove(id: number): boolean;
    clear(): void;
    list(): ActiveFault[];
  };
  /** What a backup agent does, which no API call does. */
  agents: {
    /**
     * Registers a machine with the backup service, as its agent would: the resource is listed at once as
     * REGISTERING and becomes REGISTRED after the registration time on the emulator's clock (README, "Behaviour").
     * A bad request throws a TypeError naming what is wrong (HTTP: 400).
     */
    register(request: AgentRegistrationRequest): AgentRegistration;
  };
  /** The seeded folders and instances, for a person or a test to start from. */
  describe(): StateSummary;
  /** Closes the storage (a SQLite file). The emulator answers nothing after it. */
  close(): void;
}

const router = createRouter(SPEC_OPERATIONS);

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  if (options === null || typeof options !== "object") throw new TypeError("createEmulator: options must be an object");
  const timings = resolveTimings(options.operations);
  const registrationTiming = resolveRegistrationTiming(options.registration);
  const baseClock = createClock(options.clock);
  // Moving the clock brings operations and registrations up to the new time at once, and forgets the keys and
  // finished operations whose time is up, so a snapshot taken next shows them.
  const clock: EmulatorClock = {
    get manual() {
      return baseClock.manual;
    },
    now: () => baseClock.now(),
    sleep: (milliseconds) => baseClock.sleep(milliseconds),
    advance: (milliseconds) => {
      baseClock.advance(milliseconds);
      bringUpToTime();
    },
  };
  const random = new Random(options.faultSeed ?? 1);
  const faults = new FaultInjector(() => random.next());
  const seedState = () => generateSeed(options.seed);

  const { storage } = options;

  let store: MemoryStore;
  let operations: OperationRunner;
  let registrar: AgentRegistrar;
  let pageTokens: PageTokens;
  let schedules: Scheduler;
  /** `replace`: a new state (not the one the storage holds), to be saved whole. */
  const load = (state: EmulatorState, replace = true) => {
    store = storage ? storage.open(state, replace) : new MemoryStore(state);
    operations = new OperationRunner(store, clock, timings);
    registrar = new AgentRegistrar(store, clock, registrationTiming, operations);
    pageTokens = createPageTokens(store.pageTokenSecret);
    schedules = new Scheduler(store, operations);
    // Runs missed while no emulator ran this state (a seed made long ago, a file reopened a week later) are
    // skipped, not made: the watermark starts at the clock. One ahead of the clock (a manual clock restarted on
    // a saved file) is kept, so that nothing runs twice.
    const now = clock.now();
    const from = store.schedulesRunUpTo;
    if (from === undefined || from < now) store.setSchedulesRunUpTo(now);
    store.commit();
  };
  /** Operations first (an execution lands its backup), then the schedules due by now, then one commit. */
  const bringUpToTime = () => {
    registrar.advance();
    operations.advance();
    schedules.runUpTo(clock.now());
    // After the operations and schedules moved: one that finished a lifetime ago is dropped in the same step.
    store.forgetExpired(clock.now());
    store.commit();
  };
  const saved = storage?.load();
  if (saved) load(saved, false);
  else load(options.state ? structuredClone(options.state) : seedState());

  const emulator: Emulator = {
    fetch: async (input, init) => {
      // A Request on its own (what openapi-fetch passes) is read as it is: copying it would cost more than
      // answering it, and its body is used up the same either way.
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      const outcome = await emulator.handle(fromFetchRequest(request));
      return outcomeAsResponse(outcome, () => {
        throw new TypeError("fetch failed", {
          cause: new Error("ECONNRESET: the emulator dropped the connection (reset fault)"),
        });
      });
    },
    handle: (request) => handleRequest(pipeline, request),
    reset: () => load(seedState()),
    snapshot: () => {
      bringUpToTime();
      return store.toState();
    },
    restore: (state) => load(structuredClone(state)),
    clock,
    faults: {
      add: (rule) => faults.add(rule),
      remove: (id) => faults.remove(id),
      clear: () => faults.clear(),
      list: () => faults.list(),
    },
    agents: {
      register: (request) => {
        bringUpToTime();
        try {
          return registrar.register(request);
        } finally {
          store.commit();
        }
      },
    },
    describe: () => describeState(store),
    close: () => storage?.close(),
  };

  const pipeline: RequestPipeline = {
    match: router,
    handlers: HANDLERS,
    control: controlApi(emulator),
    advance: bringUpToTime,
    commit: () => store.commit(),
    takeFault: (operationId) => faults.take(operationId),
    sleep: (milliseconds) => clock.sleep(milliseconds),
    // One literal of every field: a spread of a shared part would make V8 build the object's shape anew each time.
    context: (request, caller, operationFailure) => ({
      request,
      caller,
      operationFailure,
      store,
      clock,
      operations,
      pageTokens,
      schedules,
    }),
  };
  return emulator;
}
