import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { measureSize } from "../../scripts/measure-size.mjs";

/**
 * Bytes, minified + gzipped, of the ESM build bundled with openapi-fetch (2.6 kB of it).
 * The goal is 5000 B; the client is not there yet (about 6.7 kB), so this budget guards against growth
 * from where it is. Lower it as the code shrinks; `pnpm bench` prints the figure.
 */
const BUDGET = 6900;

describe("bundle size", () => {
  it(`stays within ${BUDGET} bytes gzipped, dependencies included`, async () => {
    expect(existsSync(new URL("../../dist/index.js", import.meta.url)), "run the build first").toBe(true);
    const { client, openapiFetch } = await measureSize();
    expect(client.gzipped).toBeGreaterThan(openapiFetch.gzipped);
    expect(client.gzipped, `client ${client.gzipped} B gzipped`).toBeLessThanOrEqual(BUDGET);
  });
});
