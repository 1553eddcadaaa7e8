import { describe, expect, it } from "vitest";
import { GENERATED_FILES } from "../../scripts/render-generated.mjs";

describe.each(GENERATED_FILES)("generated $name", (file) => {
  it("matches what the bundled spec generates (run `pnpm --filter @backup-api/emulator generate` to refresh)", async () => {
    const committed = await file.readCommitted();
    expect(committed === (await file.render()), `src/generated/${file.name} drifted from the spec`).toBe(true);
  });

  it("carries the do-not-edit header", async () => {
    expect((await file.readCommitted()).startsWith("/**\n * GENERATED FILE — DO NOT EDIT.")).toBe(true);
  });
});
