// Refreshes the generated tables of intro/introduction.md from the built client, whose tables are generated from
// the spec (`pnpm --filter @backup-api/docs intro`). test/build/intro-tables.test.ts fails when they are stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fillTables } from "../../../packages/client/scripts/doc-tables.mjs";

const path = new URL("../intro/introduction.md", import.meta.url);
writeFileSync(path, fillTables(readFileSync(path, "utf8")));
console.log("intro/introduction.md: generated tables refreshed");
