// The control surface over HTTP, under one reserved prefix that the API never uses. The same things as the JS
// API: reset, snapshot and restore, the clock, faults, an agent registering a machine. No auth: it is a test tool
// on loopback.
import { ApiError } from "../http/api-error.js";
import type { EmulatorRequest, Reply } from "../http/exchange.js";
import { LIMITS } from "../http/limits.js";
import { jsonReply } from "../http/status-response.js";
import type { EmulatorState } from "../state/model.js";
import type { FaultRule } from "../faults/fault-rule.js";
import type { ActiveFault } from "../faults/fault-injector.js";
import type { AgentRegistrationRequest } from "../registration/agent-registrar.js";

export const CONTROL_PREFIX = "/_emulator";

export interface ControlTarget {
  reset(): void;
  snapshot(): EmulatorState;
  restore(state: EmulatorState): void;
  clock: { now(): number; advance(milliseconds: number): void; readonly manual: boolean };
  faults: { add(rule: FaultRule): number; remove(id: number): boolean; clear(): void; list(): ActiveFault[] };
  agents: { register(request: AgentRegistrationRequest): unknown };
  describe(): unknown;
}

const ROUTES = [
  "GET  /_emulator            what this emulator holds (seeded folders, instances) and these routes",
  "POST /_emulator/reset      back to the seed",
  "GET  /_emulator/snapshot   the whole state as JSON",
  "POST /_emulator/restore    body: a snapshot",
  "GET  /_emulator/clock      the emulator's time",
  'POST /_emulator/clock/advance  body: {"ms": 5000}',
  "GET  /_emulator/faults     the fault rules in force",
  'POST /_emulator/faults     body: a fault rule, e.g. {"operationId":"startRecovery","status":503,"times":1}',
  "DELETE /_emulator/faults   removes every rule (DELETE /_emulator/faults/{id}: one)",
  'POST /_emulator/agents/register  body: {"folderId":"…","kind":"COMPUTE"} or {"registrationToken":"…"} (what an agent does)',
];

async function jsonBody(request: EmulatorRequest): Promise<unknown> {
  // A snapshot of a large seed is big: the control API takes far more than the API's own limit.
  const text = await request.text(LIMITS.maxControlBodyBytes);
  try {
    return text === "" ? {} : JSON.parse(text);
  } catch (error) {
    throw new ApiError("INVALID_ARGUMENT", `Control API: the body is not valid JSON: ${(error as Error).message}`);
  }
}

/** Runs a control call; a TypeError or RangeError from the target (a bad rule, a bad snapshot) is a 400. */
async function attempt<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError)
      throw new ApiError("INVALID_ARGUMENT", error.message);
    throw error;
  }
}

/** Whether a path is the control API's: its reserved prefix, or under it. */
const isControlPath = (path: string) => path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`);

/**
 * The control API's answer to a request under its prefix; undefined, at once and without a promise, for any other
 * path (every API request asks).
 */
export function controlApi(target: ControlTarget) {
  return (request: EmulatorRequest, url: URL, requestId: string): Promise<Reply> | undefined =>
    isControlPath(url.pathname) ? answerControl(target, request, url, requestId) : undefined;
}

async function answerControl(
  target: ControlTarget,
  request: EmulatorRequest,
  url: URL,
  requestId: string,
): Promise<Reply> {
  const path = url.pathname;
  const route = `${request.method.toUpperCase()} ${path.replace(/\/+$/, "") || "/"}`;
  const ok = (body: unknown) => jsonReply(body, requestId);
  const clock = () => ({ now: new Date(target.clock.now()).toISOString(), manual: target.clock.manual });

  switch (route) {
    case `GET ${CONTROL_PREFIX}`:
      return ok({ ...(target.describe() as object), routes: ROUTES });
    case `POST ${CONTROL_PREFIX}/reset`:
      target.reset();
      return ok({ reset: true });
    case `GET ${CONTROL_PREFIX}/snapshot`:
      return ok(target.snapshot());
    case `POST ${CONTROL_PREFIX}/restore`: {
      const state = await jsonBody(request);
      await attempt(() => target.restore(state as EmulatorState));
      return ok({ restored: true });
    }
    case `GET ${CONTROL_PREFIX}/clock`:
      return ok(clock());
    case `POST ${CONTROL_PREFIX}/clock/advance`: {
      const { ms } = (await jsonBody(request)) as { ms?: unknown };
      await attempt(() => target.clock.advance(Number(ms)));
      return ok(clock());
    }
    case `GET ${CONTROL_PREFIX}/faults`:
      return ok({ faults: target.faults.list() });
    case `POST ${CONTROL_PREFIX}/faults`: {
      const rule = await jsonBody(request);
      const id = await attempt(() => target.faults.add(rule as FaultRule));
      return ok({ id });
    }
    case `POST ${CONTROL_PREFIX}/agents/register`: {
      const registration = await jsonBody(request);
      return ok(await attempt(() => target.agents.register(registration as AgentRegistrationRequest)));
    }
    case `DELETE ${CONTROL_PREFIX}/faults`:
      target.faults.clear();
      return ok({ faults: [] });
  }
  const oneFault = new RegExp(`^DELETE ${CONTROL_PREFIX}/faults/(\\d+)$`).exec(route);
  if (oneFault) {
    if (!target.faults.remove(Number(oneFault[1])))
      throw new ApiError("NOT_FOUND", `Control API: no fault rule ${oneFault[1]}`);
    return ok({ removed: Number(oneFault[1]) });
  }
  throw new ApiError("NOT_FOUND", `Control API: no route ${route}; see GET ${CONTROL_PREFIX}`);
}
