import { defineConfig } from "tsup";

export default defineConfig({
  // index: the core (no Node built-ins); node: the HTTP server and CLI; msw: the MSW handlers; sqlite: persistence.
  entry: ["src/index.ts", "src/node.ts", "src/msw.ts", "src/sqlite.ts"],
  format: ["esm", "cjs"],
  // Node types for the node entry only; tsconfig.json checks that the core compiles without them.
  dts: { compilerOptions: { types: ["node"] } },
  clean: true,
  // import.meta.url in the CommonJS build (the SQLite entry loads better-sqlite3 with createRequire).
  shims: true,
  target: "es2022",
  platform: "neutral",
  // ajv's runtime helpers and ajv-formats' formats, which the generated validators call, are bundled: a few small
  // CommonJS files rather than imports a user's tools would have to resolve.
  noExternal: ["ajv", "ajv-formats"],
  esbuildOptions(options) {
    // a neutral build resolves no package entry by default; ajv's is `main` (CommonJS)
    options.mainFields = ["module", "main"];
  },
  external: ["@backup-api/spec", "@backup-api/types", "msw", "better-sqlite3", /^node:/],
});
