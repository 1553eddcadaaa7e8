#!/usr/bin/env node
// CommonJS on purpose: Node starts a CommonJS entry without setting up its ES module loader, and the emulator
// answers its first request about 6 ms sooner (bench section 2). The package's ESM build is the same code.
const { runCli } = require("../dist/node.cjs");

runCli(process.argv.slice(2)).catch((error) => {
  console.error(`backup-api-emulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error?.code === "EADDRINUSE" ? 98 : 2);
});
