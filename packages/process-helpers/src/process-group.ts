import type { ChildProcess } from "node:child_process";

/**
 * Sends `signal` to the process group `target` leads (`kill(-pid)`), so that whatever it spawned gets it too. A
 * target that leads no group (spawned without `detached`) or whose group is gone gets the signal alone; one that
 * is already gone is no error.
 *
 * @returns whether a signal was sent
 */
export function killProcessGroup(target: ChildProcess | number, signal: NodeJS.Signals = "SIGTERM"): boolean {
  const pid = typeof target === "number" ? target : target.pid;
  if (pid === undefined) return false;
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    // No such group: the process alone.
  }
  try {
    if (typeof target !== "number") return target.kill(signal);
    process.kill(pid, signal);
    return true;
  } catch {
    // Already gone.
    return false;
  }
}

export interface StopProcessGroupOptions {
  /** SIGKILL to the group if the child has not exited this many ms after `signal`. Default: no SIGKILL. */
  killAfterMs?: number;
}

/**
 * Stops a child and its process group: `signal` (default SIGTERM) through {@link killProcessGroup}, then
 * resolves once the child has exited. Resolves at once if it already has (or never started). Idempotent.
 */
export async function stopProcessGroup(
  child: ChildProcess,
  signal: NodeJS.Signals = "SIGTERM",
  { killAfterMs }: StopProcessGroupOptions = {},
): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  killProcessGroup(child, signal);
  const timer =
    killAfterMs === undefined ? undefined : setTimeout(() => killProcessGroup(child, "SIGKILL"), killAfterMs);
  await exited;
  clearTimeout(timer);
}
