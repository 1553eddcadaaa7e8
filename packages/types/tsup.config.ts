import { defineConfig } from "tsup";

// Types only: emit bundled declarations for ESM (.d.ts) and CJS (.d.cts) consumers, no JavaScript.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: { only: true },
  clean: true,
});
