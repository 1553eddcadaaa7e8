import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.mjs"],
    // A backstop against a hang, not a speed limit: a flow case runs git, changeset and redocly, which took up to
    // 53 s with the whole suite sharing two cores twice over.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Two shared cores: detector cases run a few at a time inside one file, files one after another.
    fileParallelism: false,
    maxConcurrency: 4,
  },
});
