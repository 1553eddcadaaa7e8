import { usage } from "../errors/usage.js";

export const fail = (what: string): never => usage("createBackupClient", what);

/** A non-negative number (of ms or retries) or the default when absent. */
export const count = (name: string, v: unknown, dflt: number): number =>
  v === undefined ? dflt : typeof v === "number" && v >= 0 ? v : fail(`${name} must be a non-negative number, got ${v}`);

/** An absolute http(s) URL, without its trailing slash. */
export const httpUrl = (name: string, v: string): string =>
  typeof v === "string" && /^https?:\/\/[^/]/.test(v) ? v.replace(/\/+$/, "") : fail(`${name} must be an absolute http(s) URL, got ${v}`);
