import { defineConfig } from "vitest/config";

// The server tests run once per target (src/target.ts); the tests that compare files run once, with the mock.
const serverTests = ["test/client-server-spec/**/*.test.ts"];
const statefulTests = ["test/client-emulator-spec/**/*.test.ts"];
const globalSetup = ["./src/global-setup.ts"];

export default defineConfig({
  test: {
    // Backstops against a hang, not speed limits: the offline-install test took 27 s with the whole suite sharing
    // two cores twice over.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "mock",
          include: ["test/**/*.test.ts"],
          exclude: statefulTests,
          globalSetup,
          // Type-level facts (*.test-d.ts) are checked by tsc as part of the run.
          typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
        },
      },
      // One emulator per project, its faults global: files run one after another so that they do not meet.
      {
        extends: true,
        test: { name: "emulator", include: [...serverTests, ...statefulTests], globalSetup, fileParallelism: false },
      },
      {
        extends: true,
        test: {
          name: "emulator-via-prism-proxy",
          include: [...serverTests, ...statefulTests],
          globalSetup,
          fileParallelism: false,
        },
      },
    ],
  },
});
