// Types of @backup-api/emulator from ESM.
import { createEmulator, type Emulator, type EmulatorState, type FaultRule } from "@backup-api/emulator";
import { serveEmulator, type RunningEmulatorServer } from "@backup-api/emulator/node";

const emulator: Emulator = createEmulator({
  clock: { manual: true },
  operations: { recovery: { completeAfterPolls: 2 } },
});
const rule: FaultRule = { operationId: "startRecovery", status: 503, times: 1 };
emulator.faults.add(rule);
// @ts-expect-error operationId must be an operation of the spec
emulator.faults.add({ operationId: "lsit", status: 503 });
const state: EmulatorState = emulator.snapshot();
const serve = (): Promise<RunningEmulatorServer> => serveEmulator({ port: 0, emulator });
export { state, serve };
