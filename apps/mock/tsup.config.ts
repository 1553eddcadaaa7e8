import { defineConfig } from "tsup";

const common = { target: "node20", platform: "node", sourcemap: false } as const;

export default defineConfig([
  // The library: ESM + CJS + types, so plain `node` and any bundler can import it.
  { ...common, entry: { index: "src/index.ts" }, format: ["esm", "cjs"], dts: true, shims: true },
  // The `start`/`serve` CLI: ESM only (top-level await).
  { ...common, entry: { serve: "src/cli/serve.ts" }, format: ["esm"] },
]);
