import { defineConfig } from "tsup";
import { BUILD_TARGET } from "./scripts/build-target.mjs";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: BUILD_TARGET,
  platform: "neutral",
  // openapi-fetch and the types stay dependencies; the app's bundler dedupes them
  external: ["openapi-fetch", "@backup-api/types"],
});
