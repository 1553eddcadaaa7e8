import { defineConfig } from "tsup";

// Types only: emit bundled declarations for ESM (.d.ts) and CJS (.d.cts) consumers, no JavaScript. Two entries:
// the wire view (`.`) and the decoded view (`./decoded`).
export default defineConfig({
  entry: ["src/index.ts", "src/decoded.ts"],
  format: ["esm", "cjs"],
  dts: { only: true },
  clean: true,
});
