// The port variables `pnpm start` reads (DOCS_PORT, MOCK_PORT, EMULATOR_PORT), read as the emulator reads PORT:
// digits only, 0 to 65535. Number() alone would take 0x10, 1e3 and " 80 ".

/**
 * The port a variable's value names; `fallback` when the variable is unset or empty. Throws a RangeError naming the
 * variable and its value when it is anything but a whole number from 0 to 65535 written in digits.
 * @param {string} name
 * @param {string | undefined} raw
 * @param {number} fallback
 * @returns {number}
 */
export function parsePort(name, raw, fallback) {
  if (raw === undefined || raw === "") return fallback;
  const port = /^[0-9]+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(port <= 65535))
    throw new RangeError(`${name} must be a whole number from 0 to 65535, got ${JSON.stringify(raw)}`);
  return port;
}
