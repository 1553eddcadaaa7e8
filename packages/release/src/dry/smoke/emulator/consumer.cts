// Types of @backup-api/emulator from CommonJS.
import { createEmulator, type Emulator } from "@backup-api/emulator";
import { serveEmulator } from "@backup-api/emulator/node";

const emulator: Emulator = createEmulator();
const response: Promise<Response> = emulator.fetch("http://emulator.test/operations/x");
// @ts-expect-error port is a number
void serveEmulator({ port: "4020" });
export { response };
