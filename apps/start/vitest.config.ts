import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A backstop against a hang, not a speed limit: every wait is on an event (a banner line, an exit). One start
    // (docs, Prism, emulator) took 20 s with the whole suite sharing two cores, and a test runs up to two of them
    // (26 s for the slowest test with the suite sharing two cores twice over).
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // Each file starts whole `pnpm start`s: one file at a time.
    fileParallelism: false,
  },
});
