/** Thrown when Prism could not be started; carries what Prism itself said so the cause is visible. */
export class MockStartError extends Error {
  override readonly name = "MockStartError";
  /** Prism's exit code, or `null` when it was still running (timeout) or killed by a signal. */
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Prism's stderr and stdout (its logger writes to stdout), last 8 kB each. */
  readonly stderr: string;
  readonly stdout: string;

  constructor(
    message: string,
    info: { exitCode: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string },
  ) {
    const output = [info.stderr.trim(), info.stdout.trim()].filter(Boolean).join("\n");
    super(output ? `${message}\n--- Prism output ---\n${output}` : message);
    this.exitCode = info.exitCode;
    this.signal = info.signal;
    this.stderr = info.stderr;
    this.stdout = info.stdout;
  }
}
