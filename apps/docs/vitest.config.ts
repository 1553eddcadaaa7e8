import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Installs Debian's Chromium when /usr/bin/chromium is missing (a fresh CI machine).
    globalSetup: ["test/setup/ensure-chromium.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
