import { spawn, type ChildProcess } from "node:child_process";
import { prismCliPath } from "./resolve-paths.js";

/**
 * Runs Prism's CLI inside this Node binary with a watchdog: the child exits as soon as its stdin pipe closes,
 * which happens whenever the parent goes away, even on SIGKILL or an unhandled Ctrl-C. So Prism can never
 * outlive the process that started it, whatever way that process ends.
 */
const WATCHDOG = [
  "process.stdin.on('end', () => process.exit(0)).on('error', () => process.exit(0)).resume();",
  // `node -e CODE -- <cli> mock …` leaves argv as [node, <cli>, mock, …]: exactly what Prism's yargs expects.
  "require(process.argv[1]);",
].join("\n");

export function spawnPrism(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, ["-e", WATCHDOG, "--", prismCliPath(), ...args], {
    // Own process group, so stop() can signal Prism and anything it might spawn in one call.
    detached: true,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
  });
}

/** Signals the whole process group; falls back to the pid when the group is already gone. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // Already dead: nothing to stop.
    }
  }
}
