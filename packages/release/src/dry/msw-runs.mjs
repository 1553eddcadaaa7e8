// @ts-check
// The msw majors the emulator's MSW entry (`@backup-api/emulator/msw`, msw an optional peer) accepts, each run
// through the MSW smoke test on the Node lines its `engines` allows: the first in the main consumer project, each
// other in a consumer project of its own.
import { RUNTIME_LINES } from "./node-runtimes.mjs";

/** The MSW smoke test: in the emulator's smoke folder, run in every msw project (ESM only). */
export const MSW_SMOKE = { package: "@backup-api/emulator", file: "msw.mjs" };

/**
 * @typedef {{ version: string, node: string }} MswRun
 * version: pinned exactly; node: that version's `engines.node` (the dry run checks it against the installed
 * package), which picks the Node lines the smoke runs on.
 */

/** @type {readonly MswRun[]} The first one goes into the main consumer project, next to every other smoke test. */
export const MSW_RUNS = [
  // The version the emulator's own tests use (its devDependency; a test keeps the two equal).
  { version: "2.12.9", node: ">=18" },
  { version: "3.0.5", node: ">=22.12.0" },
];

/** @param {string} version @returns {number[]} major, minor, patch (missing parts are 0) */
const parts = (version) => {
  const [major = 0, minor = 0, patch = 0] = version.split(".").map(Number);
  return [major, minor, patch];
};

/** @param {string} version @param {string} floor @returns {boolean} version >= floor */
export function atLeast(version, floor) {
  const [a, b] = [parts(version), parts(floor)];
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

/**
 * The Node lines of the dry run (their pinned versions) that an `engines.node` of the form `>=x[.y[.z]]` allows.
 * @param {string} engines
 * @param {readonly { line: string, pinned: string }[]} [lines]
 * @returns {string[]}
 */
export function nodeLinesFor(engines, lines = RUNTIME_LINES) {
  const floor = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(engines.trim())?.[1];
  if (!floor) throw new Error(`engines.node "${engines}" is not of the form >=x.y.z: say which Node lines it allows`);
  return lines.filter(({ pinned }) => atLeast(pinned, floor)).map(({ line }) => line);
}
