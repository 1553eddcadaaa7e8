import { spawn, type ChildProcess } from "node:child_process";
import type { Readable } from "node:stream";
import { prismCliPath } from "./resolve-paths.js";

/** The child's extra pipe on which it announces, as one JSON line, each address its own servers bind. */
export const ANNOUNCE_FD = 3;

/**
 * Runs before Prism's CLI, inside the Prism process:
 *
 * - a watchdog: the child exits as soon as its stdin pipe closes, which happens whenever the parent goes away,
 *   even on SIGKILL or an unhandled Ctrl-C. So Prism can never outlive the process that started it.
 * - an announcement: when a server of this process starts listening, it writes `{"pid","address","port"}` to
 *   fd 3, a pipe only the parent holds. Probing the port over HTTP cannot tell our Prism from another one
 *   already listening there (a second `pnpm start`); this line can only come from the process we spawned, and
 *   only once its bind succeeded. Prism's own "listening" log line needs `-v info`, which also logs every
 *   request.
 */
const BOOTSTRAP = [
  "process.stdin.on('end', () => process.exit(0)).on('error', () => process.exit(0)).resume();",
  "const net = require('node:net');",
  "const listen = net.Server.prototype.listen;",
  "net.Server.prototype.listen = function (...args) {",
  "  this.once('listening', () => {",
  "    const bound = this.address();",
  "    if (bound === null || typeof bound !== 'object') return;",
  "    const line = JSON.stringify({ pid: process.pid, address: bound.address, port: bound.port }) + '\\n';",
  // The parent may have stopped reading (it gave up): nothing to tell it then.
  `    try { require('node:fs').writeSync(${ANNOUNCE_FD}, line); } catch {}`,
  "  });",
  "  return listen.apply(this, args);",
  "};",
  // `node -e CODE -- <cli> mock …` leaves argv as [node, <cli>, mock, …]: exactly what Prism's yargs expects.
  "require(process.argv[1]);",
].join("\n");

export function spawnPrism(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, ["-e", BOOTSTRAP, "--", prismCliPath(), ...args], {
    // Own process group, so stop() can signal Prism and anything it might spawn in one call.
    detached: true,
    stdio: ["pipe", "pipe", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
  });
}

/** The pipe the child announces its listening addresses on (see BOOTSTRAP). */
export function announcements(child: ChildProcess): Readable {
  const pipe = child.stdio[ANNOUNCE_FD];
  if (!pipe || !("on" in pipe)) throw new Error(`Prism was spawned without its announcement pipe (fd ${ANNOUNCE_FD})`);
  return pipe as Readable;
}
