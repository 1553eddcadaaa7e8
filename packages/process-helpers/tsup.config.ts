import { defineConfig } from "tsup";

// Private and Node-only (tests, benchmarks, the soak, the mock's start-up): ESM with its declarations is all its
// users need. The mock bundles it into its own ESM and CommonJS builds.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  target: "node20",
  platform: "node",
});
