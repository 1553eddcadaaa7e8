// The bundle renders Status's table of google.rpc codes from x-google-rpc-codes (decorator
// backup/status-code-table), so the codes are written once in spec/ and every reader of the bundle sees them.
import { describe, expect, it } from "vitest";
import { document } from "@backup-api/spec";

describe("the google.rpc code table in the bundled Status", () => {
  const status = document.components.schemas.Status;
  const codes = status.properties.code["x-google-rpc-codes"];

  it("has one row per code the spec lists, in order, under the header", () => {
    const rows = codes.map(({ code, name, httpStatus }) => `| ${code} | ${name} | ${httpStatus} |`);
    expect(status.description).toContain(["| code | name | HTTP |", "| --- | --- | --- |", ...rows].join("\n"));
    expect(rows.length).toBeGreaterThan(0);
  });
});
