// The introduction's tables of hosts, codes and retried statuses are the generated ones, not a restatement.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { blocksIn, fillTables } from "../../../../packages/client/scripts/doc-tables.mjs";

const intro = readFileSync(fileURLToPath(new URL("../../intro/introduction.md", import.meta.url)), "utf8");

describe("the introduction", () => {
  it("shows the generated tables (run `pnpm --filter @backup-api/docs intro` to refresh)", () => {
    expect(blocksIn(intro).sort()).toEqual(["codes", "regions", "retries"]);
    expect(intro === fillTables(intro), "a generated table of intro/introduction.md is stale").toBe(true);
  });

  it("names each region's own operations host", () => {
    expect(intro).toContain("https://operation.api.yandexcloud.kz");
    expect(intro).not.toMatch(/kz[^\n]*operation\.api\.cloud\.yandex\.net/);
  });
});
