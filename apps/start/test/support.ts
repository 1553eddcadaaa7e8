import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const MAIN = fileURLToPath(new URL("../src/main.mjs", import.meta.url));
export const APP_DIR = fileURLToPath(new URL("..", import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** True when nothing listens on the port: it can be bound right away. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface Started {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  /** Resolves with the exit code once the process has exited and its output has been read to the end. */
  exited: Promise<number | null>;
}

export function spawnStart(env: Record<string, string>): Started {
  return watch(spawn(process.execPath, [MAIN], { env: { ...process.env, ...env } }));
}

/**
 * `pnpm start` of this package (the same `exec node …` hand-over as the root's `pnpm start`, after its build),
 * in a process group of its own: what a terminal does with the command it runs, so that `interrupt` can send
 * SIGINT to the whole group as Ctrl-C does.
 */
export function spawnPnpmStart(env: Record<string, string>): Started {
  return watch(spawn("pnpm", ["start"], { cwd: APP_DIR, detached: true, env: { ...process.env, ...env } }));
}

/** Ctrl-C: SIGINT to every process of the group the terminal started. */
export function interrupt(started: Started): void {
  process.kill(-(started.child.pid as number), "SIGINT");
}

/** True while any process of the group still exists (the group id is its leader's pid). */
export function isGroupAlive(leaderPid: number): boolean {
  return isAlive(-leaderPid);
}

function watch(child: ChildProcessWithoutNullStreams): Started {
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (c: string) => (out += c));
  child.stderr.setEncoding("utf8").on("data", (c: string) => (out += c));
  // "close", not "exit": it comes after the last output, so `output()` is complete by then.
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/**
 * Resolves once the output matches, checked on every chunk; rejects if the process ends first or on timeout. The
 * timeout only turns a hang into an error that shows the output so far; it sits just under the test's own.
 */
export function waitForOutput(started: Started, pattern: RegExp, timeoutMs = 180_000): Promise<RegExpExecArray> {
  const { child } = started;
  return new Promise((resolve, reject) => {
    const stopWatching = () => {
      clearTimeout(timer);
      child.stdout.off("data", check);
      child.stderr.off("data", check);
    };
    const fail = (why: string) => {
      stopWatching();
      reject(new Error(`${why} ${pattern}:\n${started.output()}`));
    };
    // spawnStart's own listeners come first, so `output()` already holds the chunk that triggered this.
    function check() {
      const match = pattern.exec(started.output());
      if (!match) return;
      stopWatching();
      resolve(match);
    }
    const timer = setTimeout(() => fail(`Output did not match within ${timeoutMs} ms:`), timeoutMs);
    child.stdout.on("data", check);
    child.stderr.on("data", check);
    void started.exited.then(() => fail("The process exited before its output matched"));
    check();
  });
}

/**
 * The exit code once the process has exited. Like `waitForOutput`'s, the timeout only turns a process that does
 * not stop into an error that shows its output, instead of the test's bare timeout.
 */
export function waitForExit(started: Started, timeoutMs = 60_000): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const tooLong = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The process did not exit within ${timeoutMs} ms:\n${started.output()}`)), timeoutMs);
  });
  return Promise.race([started.exited, tooLong]).finally(() => clearTimeout(timer));
}
