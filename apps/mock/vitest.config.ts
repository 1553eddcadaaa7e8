import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Type tests beside the runtime ones: checked by tsc through vitest, so a wrong type fails the run.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
    // Backstops against a hang, not speed limits: each file starts its own Prism (~1.5 s alone, 13 s for the
    // orphan test with the whole suite sharing two cores).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores, shared: one file at a time keeps Prism start-up fast and predictable.
    fileParallelism: false,
  },
});
