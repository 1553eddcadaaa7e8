export { createEmulator, type Emulator } from "./core/create-emulator.js";
export type { EmulatorOptions } from "./core/options.js";
export type { StateSummary } from "./core/summary.js";
export { CONTROL_PREFIX } from "./control/control-api.js";
export type { FaultRule } from "./faults/fault-rule.js";
export { NOT_YET_EMULATED } from "./handlers/not-yet-emulated.js";
export type { ActiveFault } from "./faults/fault-injector.js";
export type { EmulatorRequest, Outcome, Reply } from "./http/exchange.js";
export type { OperationTiming, OperationTimings } from "./operations/timing.js";
export type { AgentRegistration, AgentRegistrationRequest } from "./registration/agent-registrar.js";
export { tokenOfInstallCommand } from "./registration/install-command.js";
export type { RegistrationOptions } from "./registration/registration-timing.js";
export {
  DEFAULT_SEED_FOLDER_ID,
  DEFAULT_SEED_NOW,
  FORBIDDEN_FOLDER_ID,
  generateSeed,
  type SeedOptions,
} from "./seed/generate-seed.js";
export type { EmulatorState, InstanceKind } from "./state/model.js";
export type { ClockOptions, EmulatorClock } from "./time/clock.js";
