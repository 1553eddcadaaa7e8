// Child processes for the HTTP measurements (the emulator, Prism, Steady): spawn a server, poll it until it answers 200, stop it. Every child
// is tracked so that none outlives the bench, whatever way the bench ends. (A free port, and signalling a
// process group, come from @backup-api/process-helpers.)
import { spawn } from "node:child_process";
import { bundledSpecPath, prismCliPath } from "@backup-api/mock";
import { killProcessGroup, stopProcessGroup } from "@backup-api/process-helpers";
import { EMULATOR_BIN, steadyBinaryPath } from "./paths.mjs";

const HOST = "127.0.0.1";
const children = new Set();

// A detached child (Prism, Steady) leads its own process group: the group is signalled, so that anything it spawned goes
// too; any other child is signalled alone.
function killTracked() {
  for (const child of children) killProcessGroup(child, "SIGKILL");
}
process.once("exit", killTracked);
for (const name of ["SIGINT", "SIGTERM"]) {
  process.once(name, () => {
    killTracked();
    process.exit(130);
  });
}

function spawnTracked(command, args, { detached }) {
  const child = spawn(command, args, {
    stdio: ["ignore", "pipe", "pipe"],
    detached,
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  // Kept for error reports only; reading them also keeps a chatty child from blocking on a full pipe.
  child.output = "";
  const keep = (chunk) => (child.output = (child.output + chunk).slice(-8192));
  child.stdout.setEncoding("utf8").on("data", keep);
  child.stderr.setEncoding("utf8").on("data", keep);
  return child;
}

/** `node bin/backup-api-emulator.cjs --port N …`: the emulator as a person starts it. */
export function spawnEmulator(port, extraArgs = []) {
  return spawnTracked(process.execPath, [EMULATOR_BIN, "--port", String(port), "--host", HOST, ...extraArgs], {
    detached: false,
  });
}

/** `node <prism-cli> mock openapi.json …`: Prism as startMock() runs it, minus startMock's own readiness probe. */
export function spawnPrism(port) {
  return spawnTracked(
    process.execPath,
    [prismCliPath(), "mock", bundledSpecPath(), "-h", HOST, "-p", String(port), "-v", "warn"],
    {
      detached: true,
    },
  );
}

/**
 * `steady -q --host 127.0.0.1 -p N openapi.json`: Steady on the same bundled spec as Prism. It answers from the
 * spec's examples (or generates one) and validates each request; it keeps no state.
 */
export function spawnSteady(port) {
  return spawnTracked(steadyBinaryPath(), ["-q", "--no-color", "--host", HOST, "-p", String(port), bundledSpecPath()], {
    detached: true,
  });
}

export function urlOf(port) {
  return `http://${HOST}:${port}`;
}

/** SIGTERM, SIGKILL after 3 s; resolves once the process is gone, so the next measurement has the CPU to itself. */
export function stopProcess(child) {
  return stopProcessGroup(child, "SIGTERM", { killAfterMs: 3000 });
}

/**
 * Fetches `url` every `intervalMs` until it answers 200. Rejects if the child exits first or the deadline
 * passes, with the child's last output, so that a broken build says why instead of hanging.
 */
export async function pollUntilOk(url, { headers, child, intervalMs = 10, timeoutMs = 30_000 }) {
  const deadline = performance.now() + timeoutMs;
  let last = "no answer yet";
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `the server exited (${child.exitCode ?? child.signalCode}) before answering 200: ${child.output}`,
      );
    try {
      const response = await fetch(url, { headers, signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    if (performance.now() > deadline)
      throw new Error(`no 200 from ${url} within ${timeoutMs} ms (last: ${last}): ${child.output}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
