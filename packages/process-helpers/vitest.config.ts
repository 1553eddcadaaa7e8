import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A backstop against a hang, not a speed limit: every wait is on an event (an output chunk, an exit, a refused
    // connection), and a few tests start Node child processes, slow on two shared cores.
    testTimeout: 60_000,
  },
});
