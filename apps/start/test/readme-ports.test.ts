// The root README is where a new user looks: every port variable `pnpm start` reads must be named there.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), "utf8");

describe("the root README", () => {
  it("names every port variable pnpm start reads", () => {
    const variables = [...read("../src/main.mjs").matchAll(/portFromEnv\("([A-Z_]+)"/g)].map((match) => match[1]);
    expect([...variables].sort(), "the variables main.mjs reads").toEqual(["DOCS_PORT", "EMULATOR_PORT", "MOCK_PORT"]);
    const readme = read("../../../README.md");
    expect(variables.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});
