import { defineConfig } from "tsup";

// Private and Node-only (build scripts and tests): ESM with its declarations is all its users need.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  target: "node20",
  platform: "node",
});
