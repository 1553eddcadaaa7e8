/**
 * Whether a process exists: signal 0 asks without touching it. A negative pid asks about a process group (any
 * of its processes). A process of another user counts as alive (EPERM), and so does one that has exited but is
 * not yet reaped by its parent.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
