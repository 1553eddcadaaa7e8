#!/usr/bin/env node
import { runCli } from "../dist/node.js";

runCli(process.argv.slice(2)).catch((error) => {
  console.error(`backup-api-emulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error?.code === "EADDRINUSE" ? 98 : 2);
});
