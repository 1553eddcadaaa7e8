// Refreshes the generated tables of README.md from the built client (`pnpm --filter @backup-api/client readme`).
import { readFileSync, writeFileSync } from "node:fs";
import { fillTables } from "./doc-tables.mjs";

const path = new URL("../README.md", import.meta.url);
writeFileSync(path, fillTables(readFileSync(path, "utf8")));
console.log("README.md: generated tables refreshed");
