// The port variables of `pnpm start` (DOCS_PORT, MOCK_PORT, EMULATOR_PORT) are read strictly, as the emulator reads
// PORT: digits only, 0 to 65535; anything else is refused with the variable and its value named.
import { describe, expect, it } from "vitest";
import { parsePort } from "../src/port-from-env.mjs";

describe("parsePort", () => {
  it("takes a whole number from 0 to 65535, written in digits", () => {
    for (const [raw, port] of [
      ["0", 0],
      ["80", 80],
      ["4010", 4010],
      ["65535", 65535],
    ] as const)
      expect(parsePort("MOCK_PORT", raw, 1), raw).toBe(port);
  });

  it("falls back when the variable is unset or empty", () => {
    expect(parsePort("DOCS_PORT", undefined, 8080)).toBe(8080);
    expect(parsePort("DOCS_PORT", "", 8080)).toBe(8080);
  });

  // Number() reads 0x10, 1e3, " 80 " and 80.0 as ports (16, 1000, 80, 80); a port variable takes none of these.
  it.for(["0x10", "1e3", " 80 ", "80 ", "+80", "-1", "1.5", "80.0", "65536", "99999999999999999999", "eighty", "٨٠"])(
    "refuses %j, naming the variable and the value",
    (raw) => {
      expect(() => parsePort("EMULATOR_PORT", raw, 4020)).toThrow(
        new RangeError(`EMULATOR_PORT must be a whole number from 0 to 65535, got ${JSON.stringify(raw)}`),
      );
    },
  );
});
