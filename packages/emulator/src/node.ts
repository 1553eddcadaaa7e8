// @backup-api/emulator/node: the emulator over HTTP (node:http). The core, `@backup-api/emulator`, has no
// Node built-ins; this entry point does.
export {
  DEFAULT_PORT,
  serveEmulator,
  type RunningEmulatorServer,
  type ServeEmulatorOptions,
} from "./node/serve-emulator.js";
export { runCli, walkthrough } from "./node/cli.js";
