import { defineConfig } from "tsup";

// Private: the repo's tools import it (the mock's CommonJS build requires it, hence CJS too), and the emulator
// bundles the core into its own builds. index: the core, no Node built-ins and no ajv; validators: ajv's
// validators of the spec's schemas; node: all of it, plus reading the bundle.
export default defineConfig({
  entry: { index: "src/index.ts", validators: "src/validators-entry.ts", node: "src/node.ts" },
  format: ["esm", "cjs"],
  // import.meta.url in the CommonJS build of the node entry (it resolves the bundle with createRequire)
  shims: true,
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  external: [/^node:/, "ajv", "ajv-formats"],
  // keep `node:` on built-in imports, so the build shows (and a test checks) which entry needs Node
  removeNodeProtocol: false,
});
