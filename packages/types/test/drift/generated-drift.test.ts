import { describe, expect, it } from "vitest";
import { readCommitted, render } from "../../scripts/render.mjs";

describe("generated types", () => {
  it("match what the bundled spec generates (run `pnpm --filter @backup-api/types generate` to refresh)", async () => {
    const committed = await readCommitted();
    const fresh = await render();
    expect(committed === fresh, "src/generated/openapi.ts drifted from the spec").toBe(true);
  });

  it("carry the do-not-edit header", async () => {
    const committed = await readCommitted();
    expect(committed.startsWith("/**\n * GENERATED FILE — DO NOT EDIT.")).toBe(true);
  });
});
