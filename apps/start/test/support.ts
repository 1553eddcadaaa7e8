import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { isAlive, killProcessGroup } from "@backup-api/process-helpers";
import { onTestFailed, onTestFinished } from "vitest";

export const MAIN = fileURLToPath(new URL("../src/main.mjs", import.meta.url));
export const APP_DIR = fileURLToPath(new URL("..", import.meta.url));

/** True when nothing listens on the port: it can be bound right away. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export interface Started {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  /** Resolves with the exit code once the process has exited and its output has been read to the end. */
  exited: Promise<number | null>;
}

export function spawnStart(env: Record<string, string>): Started {
  return watch(spawn(process.execPath, [MAIN], { env: { ...process.env, ...env } }), { group: false });
}

/**
 * `pnpm start` of this package (the same `exec node …` hand-over as the root's `pnpm start`, after its build),
 * in a process group of its own: what a terminal does with the command it runs, so that `interrupt` can send
 * SIGINT to the whole group as Ctrl-C does.
 */
export function spawnPnpmStart(env: Record<string, string>): Started {
  return watch(spawn("pnpm", ["start"], { cwd: APP_DIR, detached: true, env: { ...process.env, ...env } }), {
    group: true,
  });
}

/** Ctrl-C: SIGINT to every process of the group the terminal started. */
export function interrupt(started: Started): void {
  process.kill(-(started.child.pid as number), "SIGINT");
}

/** True while any process of the group still exists (the group id is its leader's pid). */
export function isGroupAlive(leaderPid: number): boolean {
  return isAlive(-leaderPid);
}

/**
 * Collects the output, and ties the process to the test that started it. Waits carry no timers of their own: a
 * hang ends at the test's timeout, any failure (that one included) shows what the process printed so far, and
 * whatever is still running when the test ends is killed, its whole group if it has one.
 */
function watch(child: ChildProcessWithoutNullStreams, { group }: { group: boolean }): Started {
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (c: string) => (out += c));
  child.stderr.setEncoding("utf8").on("data", (c: string) => (out += c));
  onTestFailed(() => console.error(`output of pid ${String(child.pid)} so far:\n${out}`));
  onTestFinished(() => {
    const running = group ? isGroupAlive(child.pid as number) : child.exitCode === null && child.signalCode === null;
    // Its group if it leads one, else the process alone; one that ended since the check is no error.
    if (running) killProcessGroup(child, "SIGKILL");
  });
  // "close", not "exit": it comes after the last output, so `output()` is complete by then.
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** Resolves once the output matches, checked on every chunk; rejects if the process ends first. */
export function waitForOutput(started: Started, pattern: RegExp): Promise<RegExpExecArray> {
  const { child } = started;
  return new Promise((resolve, reject) => {
    const stopWatching = () => {
      child.stdout.off("data", check);
      child.stderr.off("data", check);
    };
    // spawnStart's own listeners come first, so `output()` already holds the chunk that triggered this.
    function check() {
      const match = pattern.exec(started.output());
      if (!match) return;
      stopWatching();
      resolve(match);
    }
    child.stdout.on("data", check);
    child.stderr.on("data", check);
    void started.exited.then(() => {
      stopWatching();
      reject(new Error(`The process exited before its output matched ${pattern}:\n${started.output()}`));
    });
    check();
  });
}
