// Checks of what the client is called with, before anything is sent: the parameters of each method and the
// options of createBackupClient and createBackupCore. A wrong one throws a BackupUsageError that names it.
import type { BackupCore } from "../core/backup-core.js";
import { BackupUsageError } from "../core/errors.js";
import { kindOf, shown } from "./messages.js";

/** Throws the `BackupUsageError` of a wrong call, as `<apiMethod>: <what was wrong>`. */
export function usage(apiMethod: string, what: string): never {
  throw new BackupUsageError(`${apiMethod}: ${what}`);
}

/** `value` when it is a non-empty string; otherwise a usage error naming the parameter. */
export function requireString(apiMethod: string, name: string, value: unknown): string {
  if (typeof value === "string" && value !== "") return value;
  return usage(
    apiMethod,
    `${name} must be a non-empty string, got ${typeof value === "string" ? "an empty string" : typeof value}`,
  );
}

/** `value` when it is absent or a string; otherwise a usage error naming the parameter. */
export function optionalString(apiMethod: string, name: string, value: unknown): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  return usage(apiMethod, `${name} must be a string, got ${typeof value}`);
}

/** `params` when it is an object; otherwise a usage error. */
export function requireParams(apiMethod: string, params: unknown): Record<string, unknown> {
  if (typeof params === "object" && params !== null) return params as Record<string, unknown>;
  return usage(apiMethod, "expected an object of parameters");
}

/**
 * The string parameters of a call, checked before anything is sent: each of `required` must be a non-empty
 * string, each of `optional` absent or a string; otherwise a usage error names the one that is wrong.
 */
export function stringParams<Required extends string, Optional extends string = never>(
  apiMethod: string,
  params: unknown,
  required: readonly Required[],
  optional: readonly Optional[] = [],
): Record<Required, string> & Partial<Record<Optional, string>> {
  const given = requireParams(apiMethod, params);
  for (const name of required) requireString(apiMethod, name, given[name]);
  for (const name of optional) optionalString(apiMethod, name, given[name]);
  // every name has just been checked
  return given as Record<Required, string> & Partial<Record<Optional, string>>;
}

/**
 * A count (of retries): a non-negative integer, or `fallback` when absent. `apiMethod` is where it was given:
 * `createBackupClient`, or the call whose per-call option it is.
 */
export function countOption(apiMethod: string, name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (Number.isInteger(value) && (value as number) >= 0) return value as number;
  return usage(apiMethod, `${name} must be a non-negative integer, got ${shown(value)}`);
}

/**
 * A duration: a non-negative integer of ms, or Infinity (for a timeout it means none, as 0 does), or `fallback`
 * when absent.
 */
export function durationOption(apiMethod: string, name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if ((Number.isInteger(value) && (value as number) >= 0) || value === Infinity) return value as number;
  return usage(apiMethod, `${name} must be a non-negative integer of ms, or Infinity, got ${shown(value)}`);
}

/** An absolute http(s) URL, without its trailing slashes; `factory` is the function it was given to. */
export function urlOption(factory: string, name: string, value: unknown): string {
  if (typeof value === "string" && /^https?:\/\/[^/]/.test(value)) return value.replace(/\/+$/, "");
  return usage(factory, `${name} must be an absolute http(s) URL, got ${shown(value)}`);
}

/**
 * Throws unless `core` is one `createBackupCore` made. From JavaScript, a function handed something else (the
 * client object, the options) would otherwise run with neither a deadline nor a limit on its retries.
 */
export function requireCore(apiMethod: string, core: unknown): asserts core is BackupCore {
  const given = core as Partial<BackupCore> | null | undefined;
  if (typeof given?.raw?.GET !== "function" || typeof given.maxRetries !== "number") {
    usage(apiMethod, `expected a core from createBackupCore(options) as the first argument, got ${kindOf(core)}`);
  }
}

/** `value` when it is an object (not null, not an array); otherwise a usage error naming the parameter. */
export function requireObject(apiMethod: string, name: string, value: unknown): object {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value;
  return usage(apiMethod, `${name} must be an object, got ${kindOf(value)}`);
}
