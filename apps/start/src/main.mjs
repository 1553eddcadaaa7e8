// `pnpm start`: the docs on 127.0.0.1:8080 (or the next free port), the Prism mock on 127.0.0.1:4010 and the
// emulator on 127.0.0.1:4020 (each, or a free port), all stopped on Ctrl-C / SIGTERM. DOCS_PORT / MOCK_PORT /
// EMULATOR_PORT override the ports.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { serveEmulator, walkthrough, DEFAULT_PORT as EMULATOR_DEFAULT_PORT } from "@backup-api/emulator/node";
import { startMock, MockStartError } from "@backup-api/mock";
import { parsePort } from "./port-from-env.mjs";
import { createStaticServer, listenFromPort } from "./static-server.mjs";

const HOST = "127.0.0.1";
const require = createRequire(import.meta.url);

/** @param {string} name @param {number} fallback @returns {number} */
function portFromEnv(name, fallback) {
  try {
    return parsePort(name, process.env[name], fallback);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return process.exit(2);
  }
}

const docsPort = portFromEnv("DOCS_PORT", 8080);
const mockPort = portFromEnv("MOCK_PORT", 4010);
const emulatorPort = portFromEnv("EMULATOR_PORT", EMULATOR_DEFAULT_PORT);
const docsDir = join(dirname(require.resolve("@backup-api/docs/package.json")), "dist");
if (!existsSync(join(docsDir, "index.html"))) {
  console.error(`No built docs at ${docsDir}: run pnpm start from the repo root (it builds them first).`);
  process.exit(1);
}

const docs = createStaticServer(docsDir);
/** @type {import("@backup-api/mock").RunningMock | undefined} */
let mock;
/** @type {import("@backup-api/emulator/node").RunningEmulatorServer | undefined} */
let emulatorServer;
let stopping = false;

/** @param {number} code */
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([mock?.stop(), emulatorServer?.close(), new Promise((resolve) => docs.close(resolve))]);
  docs.closeAllConnections();
  process.exit(code);
}
// A clean stop on a signal is a success (exit 0), so `pnpm start` does not report Ctrl-C as a failure.
// `on`, not `once`: Ctrl-C reaches this process twice, from the terminal and again from pnpm, which forwards
// it to its child; a second SIGINT without a handler would kill us mid-shutdown, and pnpm would print
// `Command failed with signal "SIGINT"`. The scripts that run this file `exec` it for the same reason: a shell
// between pnpm and us (dash) dies of the SIGINT it received even when we exit 0.
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  const port = await listenFromPort(docs, HOST, docsPort);
  // 4010 is Prism's usual port; when it is taken (another mock running), take any free one instead.
  mock = await startMock({ port: mockPort, host: HOST }).catch((error) => {
    if (mockPort !== 0 && error instanceof MockStartError && /EADDRINUSE/.test(error.message)) {
      return startMock({ host: HOST });
    }
    throw error;
  });
  if (stopping) await mock.stop();
  // The emulator runs in this process; like the mock, it moves to a free port when its own is taken.
  emulatorServer = await serveEmulator({ port: emulatorPort, host: HOST }).catch((error) => {
    if (emulatorPort !== 0 && error?.code === "EADDRINUSE") return serveEmulator({ port: 0, host: HOST });
    throw error;
  });
  if (stopping) await emulatorServer.close();
  const sample = `${mock.url}/backup/v1/backups/a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10?folderId=b1g0ijbfaqsn12345678`;
  console.log(
    [
      "",
      `  API docs   http://${HOST}:${port}/`,
      `  Mock API   ${mock.url}   (Prism, pid ${mock.pid})`,
      `  Emulator   ${emulatorServer.url}   (stateful: use it as baseUrl)`,
      "",
      "  Try the emulator:",
      // walkthrough() indents by two spaces; two more put it under this heading.
      walkthrough(emulatorServer).replace(/^/gm, "  "),
      "",
      "  Try the mock:",
      `    curl -s -H 'Authorization: Bearer test' '${sample}'`,
      `    curl -s -H 'Authorization: Bearer test' -H 'Prefer: example=inProgress' '${mock.url}/operations/cdg3lam9a1c0n7v4hq2e'`,
      "",
      "  Ctrl-C stops all three.",
      "",
    ].join("\n"),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}
