import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.mjs'],
    // Each detector case spawns redocly (~0.5 s, more on a busy shared machine).
    testTimeout: 30_000,
    // Two shared cores: detector cases run a few at a time inside one file, files one after another.
    fileParallelism: false,
    maxConcurrency: 4,
  },
});
