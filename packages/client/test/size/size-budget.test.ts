import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { measureSize } from "../../scripts/measure-size.mjs";

/**
 * A regression budget, not a goal: bytes, minified + gzipped, of the ESM build bundled with openapi-fetch
 * (2,598 B of it), for the build's own target. Set at what the client measures (8,295 B; 8,417 B when it was
 * rewritten to be correct and readable first) plus 5 %. The issue also asked for no more than 8,000 B; the
 * README's "Size and speed" says why this client does not fit under it. Lower the budget when the client
 * shrinks; raise it only with a reason in the commit.
 */
const BUDGET = 8710;

describe("bundle size", () => {
  it(`stays within ${BUDGET} bytes gzipped, dependencies included`, async () => {
    expect(existsSync(new URL("../../dist/index.js", import.meta.url)), "run the build first").toBe(true);
    const { client, openapiFetch } = await measureSize();
    expect(client.gzipped).toBeGreaterThan(openapiFetch.gzipped);
    expect(client.gzipped, `client ${client.gzipped} B gzipped`).toBeLessThanOrEqual(BUDGET);
  });

  it("leaves openapi-fetch out of an app that imports only the error classes", async () => {
    const { errorsOnly, openapiFetch } = await measureSize();
    expect(errorsOnly.gzipped, `errors alone ${errorsOnly.gzipped} B gzipped`).toBeLessThan(openapiFetch.gzipped);
  });
});
