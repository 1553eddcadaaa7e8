// Lets every pending promise and I/O callback run: a few turns of the event loop, not a time on the clock.
export async function flushEventLoop(turns = 10): Promise<void> {
  for (let turn = 0; turn < turns; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
}
