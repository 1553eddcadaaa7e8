import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A backstop against a hang, not a speed limit: the README check runs tsc (27 s with the whole suite sharing
    // two cores twice over); the rest runs on a fake clock.
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.test.json" },
  },
});
