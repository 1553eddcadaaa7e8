import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable } from "node:stream";
import { killProcessGroup } from "./process-group.js";

export interface SpawnServerOptions {
  command: string;
  args?: readonly string[];
  /** The child's whole environment. Default: this process's. */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /**
   * Finds the URL in the output (stdout and stderr as they come): its first capture group, or the whole match
   * without one. Default: the first `http(s)://` URL printed. A match counts only once whitespace follows it, so
   * that a chunk that ends mid-URL cannot give half of it: let the URL run to whitespace (`\S+`).
   */
  urlPattern?: RegExp;
  /** Spawns it as the leader of a process group of its own (stop it with stopProcessGroup). Default false. */
  detached?: boolean;
  /**
   * Gives up waiting (say, a test's `signal`, aborted when the test times out): SIGKILL to the child (its group if
   * it leads one), and a rejection with the output so far.
   */
  signal?: AbortSignal;
}

export interface SpawnedServer {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** What the URL pattern captured, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Everything the child has printed so far, stdout and stderr as they came; it keeps growing after the URL. */
  output(): string;
}

const ANY_URL = /(https?:\/\/\S+)/;

/** `pattern`, matching only where whitespace follows; stateless (no `g` or `y` flag). */
function followedByWhitespace(pattern: RegExp): RegExp {
  return new RegExp(`(?:${pattern.source})(?=\\s)`, pattern.flags.replace(/[gy]/g, ""));
}

function aborted(commandLine: string, reason: unknown, output: string): Error {
  const message = `\`${commandLine}\` had not printed its URL when the wait was aborted (${String(reason)})`;
  return new Error(`${message}:\n${output}`, { cause: reason });
}

/**
 * Spawns a server process and resolves once it prints its URL. The wait is on its output, chunk by chunk, with
 * no timer of its own: a server that never prints one waits for the caller's own deadline (`signal`).
 * Rejects, with everything it printed, if it exits (or cannot be spawned) before printing one. Stop it with
 * `stopProcessGroup` (or `child.kill()`).
 */
export function spawnServer(options: SpawnServerOptions): Promise<SpawnedServer> {
  const { command, args = [], env, cwd, detached = false, signal } = options;
  const announced = followedByWhitespace(options.urlPattern ?? ANY_URL);
  const commandLine = [command, ...args].join(" ");
  if (signal?.aborted) return Promise.reject(aborted(commandLine, signal.reason, ""));
  const child = spawn(command, args, { cwd, env, detached, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      child.off("close", onClose).off("error", onError);
      signal?.removeEventListener("abort", onAbort);
      outcome();
    };
    const onOutput = (chunk: string) => {
      output += chunk;
      if (settled) return;
      const found = announced.exec(output);
      if (found) settle(() => resolve({ child, url: found[1] ?? found[0], output: () => output }));
    };
    // "close", not "exit": it comes after the last output, so the error holds all of it.
    function onClose(code: number | null, exitSignal: NodeJS.Signals | null) {
      settle(() =>
        reject(new Error(`\`${commandLine}\` exited (${code ?? exitSignal}) before printing its URL:\n${output}`)),
      );
    }
    function onError(error: Error) {
      settle(() =>
        reject(new Error(`\`${commandLine}\` could not start: ${error.message}\n${output}`, { cause: error })),
      );
    }
    function onAbort() {
      killProcessGroup(child, "SIGKILL");
      settle(() => reject(aborted(commandLine, signal?.reason, output)));
    }
    child.stdout.setEncoding("utf8").on("data", onOutput);
    child.stderr.setEncoding("utf8").on("data", onOutput);
    child.once("close", onClose).once("error", onError);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
