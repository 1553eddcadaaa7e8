import { usage } from "../errors/usage.js";

/** Throws the usage error of a wrong option. */
export const wrongOption = (what: string): never => usage("createBackupClient", what);

/** A non-negative number (of ms or retries), or `fallback` when absent. */
export function countOption(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === "number" && value >= 0) return value;
  return wrongOption(`${name} must be a non-negative number, got ${String(value)}`);
}

/** An absolute http(s) URL, without its trailing slashes. */
export function urlOption(name: string, value: unknown): string {
  if (typeof value === "string" && /^https?:\/\/[^/]/.test(value)) return value.replace(/\/+$/, "");
  return wrongOption(`${name} must be an absolute http(s) URL, got ${String(value)}`);
}
