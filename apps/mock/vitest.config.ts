import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each file starts its own Prism (~1.5 s): allow for a busy shared machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores, shared: one file at a time keeps Prism start-up fast and predictable.
    fileParallelism: false,
  },
});
