import { existsSync } from "node:fs";
import { freePort, killProcessGroup, stopProcessGroup } from "@backup-api/process-helpers";
import { MockStartError } from "./errors.js";
import { announcements, spawnPrism } from "./prism-process.js";
import { bundledSpecPath } from "./resolve-paths.js";
import { waitUntilListening } from "./wait-until-listening.js";

export interface StartMockOptions {
  /** Port to listen on. Default: a free port chosen by the OS. */
  port?: number;
  /** Interface to bind. Default `127.0.0.1` (never exposed beyond this machine). */
  host?: string;
  /** Seed for Prism's dynamic data, so runs are reproducible. Default `1`. */
  seed?: number;
  /** OpenAPI document to serve. Default: the bundled `@backup-api/spec/openapi.json`. */
  specPath?: string;
  /** How long Prism may take to listen before start fails. Default 30 000 ms. */
  startTimeoutMs?: number;
  /**
   * Run `prism proxy` in front of this server instead of mocking: every request and answer is forwarded and
   * validated against the spec, and what breaks it is reported in the `sl-violations` header.
   */
  upstreamUrl?: string;
  /** Receives each chunk Prism writes (its log goes to stdout). Default: kept for error reports only. */
  onOutput?: (chunk: string, stream: "stdout" | "stderr") => void;
}

export interface RunningMock {
  /** Base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  port: number;
  /** Prism's process id (also its process group id). */
  pid: number;
  /** Stops Prism (SIGTERM to its process group, SIGKILL after 3 s). Idempotent; resolves once it is gone. */
  stop(): Promise<void>;
}

const OUTPUT_LIMIT = 8 * 1024;
const running = new Set<() => void>();
let exitHookInstalled = false;

// Last-resort cleanup when the host process exits normally without calling stop().
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const kill of running) kill();
  });
}

function validate(options: StartMockOptions): void {
  const { port, seed, startTimeoutMs, host, specPath } = options;
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new RangeError(`startMock: port must be an integer from 0 to 65535, got ${String(port)}`);
  }
  if (seed !== undefined && !Number.isSafeInteger(seed)) {
    throw new RangeError(`startMock: seed must be an integer, got ${String(seed)}`);
  }
  if (startTimeoutMs !== undefined && !(startTimeoutMs > 0)) {
    throw new RangeError(`startMock: startTimeoutMs must be a positive number, got ${String(startTimeoutMs)}`);
  }
  if (host !== undefined && (typeof host !== "string" || host === "")) {
    throw new TypeError("startMock: host must be a non-empty string");
  }
  if (options.upstreamUrl !== undefined && !/^https?:\/\/[^/]+/.test(options.upstreamUrl)) {
    throw new TypeError(`startMock: upstreamUrl must be an http(s) URL, got ${JSON.stringify(options.upstreamUrl)}`);
  }
  if (specPath !== undefined && !existsSync(specPath)) {
    throw new Error(`startMock: spec file not found: ${specPath}`);
  }
}

function tail(text: string): string {
  return text.length > OUTPUT_LIMIT ? text.slice(-OUTPUT_LIMIT) : text;
}

async function startOnce(options: StartMockOptions, port: number, host: string): Promise<RunningMock> {
  const specPath = options.specPath ?? bundledSpecPath();
  const seed = options.seed ?? 1;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  const mode =
    options.upstreamUrl === undefined
      ? ["mock", specPath, "--seed", String(seed)]
      : ["proxy", specPath, options.upstreamUrl];
  const child = spawnPrism([...mode, "-h", host, "-p", String(port), "-v", "warn"]);

  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout = tail(stdout + chunk);
    options.onOutput?.(chunk, "stdout");
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr = tail(stderr + chunk);
    options.onOutput?.(chunk, "stderr");
  });

  let exitInfo: { exitCode: number | null; signal: NodeJS.Signals | null } | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once("exit", (exitCode, signal) => {
      exitInfo = { exitCode, signal };
      resolve();
    });
  });
  const spawnError = new Promise<Error>((resolve) => child.once("error", resolve));
  // Wait for the stdio streams to drain so the error report holds Prism's last words.
  const closed = new Promise<void>((resolve) => child.once("close", () => resolve()));

  const killNow = () => void killProcessGroup(child, "SIGKILL");
  running.add(killNow);
  installExitHook();

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      await stopProcessGroup(child, "SIGTERM", { killAfterMs: 3000 });
      child.stdin?.destroy();
      running.delete(killNow);
    })();
    return stopping;
  };

  // Ready means: the process we spawned says it listens on this port, and is still alive. Whatever else
  // answers on the port (another Prism of a second `pnpm start`) does not count.
  const abandon = new AbortController();
  const outcome = await Promise.race([
    waitUntilListening(
      announcements(child),
      { pid: child.pid ?? -1, port },
      options.startTimeoutMs ?? 30_000,
      abandon.signal,
    ).then(
      (): "ready" => "ready",
      (error: unknown) => error as Error,
    ),
    exited.then(() => "exited" as const),
    spawnError,
  ]).finally(() => abandon.abort());

  if (outcome === "ready" && !exitInfo) {
    return { url, port, pid: child.pid as number, stop };
  }
  await stop();
  await Promise.race([closed, new Promise((r) => setTimeout(r, 500))]);
  const info = { exitCode: exitInfo?.exitCode ?? null, signal: exitInfo?.signal ?? null, stdout, stderr };
  if (outcome === "exited" || outcome === "ready") {
    throw new MockStartError(
      `Prism exited before it was ready (exit code ${String(info.exitCode)}${info.signal ? `, signal ${info.signal}` : ""})`,
      info,
    );
  }
  throw new MockStartError(`Prism did not start: ${outcome.message}`, info);
}

/**
 * Starts the Prism mock of the Backup API and resolves once that Prism process listens on its port.
 *
 * ```ts
 * const mock = await startMock();
 * try { await fetch(`${mock.url}/backup/v1/backups/b1?folderId=f1`, { headers: { authorization: "Bearer t" } }); }
 * finally { await mock.stop(); }
 * ```
 */
export async function startMock(options: StartMockOptions = {}): Promise<RunningMock> {
  validate(options);
  const host = options.host ?? "127.0.0.1";
  if (options.port !== undefined && options.port !== 0) {
    return startOnce(options, options.port, host);
  }
  // A free port can be taken by someone else between our probe and Prism's bind: try a few.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort(host);
    try {
      return await startOnce(options, port, host);
    } catch (error) {
      lastError = error;
      if (!(error instanceof MockStartError && /EADDRINUSE/.test(error.message))) throw error;
    }
  }
  throw lastError;
}
