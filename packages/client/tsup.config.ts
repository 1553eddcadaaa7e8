import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  // openapi-fetch and the types stay dependencies; the app's bundler dedupes them
  external: ["openapi-fetch", "@backup-api/types"],
});
