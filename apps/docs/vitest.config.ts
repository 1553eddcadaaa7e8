import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Installs Debian's Chromium when /usr/bin/chromium is missing (a fresh CI machine).
    globalSetup: ["test/setup/ensure-chromium.ts"],
    // A backstop against a hang, not a speed limit: the samples' tsc check took 36 s with the whole suite sharing
    // two cores twice over.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
