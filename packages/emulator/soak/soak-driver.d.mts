export interface SoakResult {
  connections: number;
  requests: number;
  elapsedMs: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  transportErrors: number;
  serverErrors: number;
  deletionsSeenDone: number;
  /** Executions the driver saw finish with a backup. */
  executionsSeenDone: number;
  /** Times the driver moved the emulator's clock an hour on. */
  clockMoves: number;
  idempotencyKeys: number;
  /** Every broken invariant, in words; empty when all held. */
  violations: string[];
}

export function runSoak(options: {
  url: string;
  connections: number;
  durationMs: number;
  maxRequests: number;
  random?: () => number;
}): Promise<SoakResult>;
