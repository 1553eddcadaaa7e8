import { BackupUsageError } from "./errors.js";

/** Throws the `BackupUsageError` of a wrong call, as `<method>: <what was wrong>`. */
export function usage(method: string, what: string): never {
  throw new BackupUsageError(`${method}: ${what}`);
}

/** `value` when it is a non-empty string; otherwise a usage error naming the parameter. */
export function requireString(method: string, name: string, value: unknown): string {
  if (typeof value === "string" && value !== "") return value;
  return usage(
    method,
    `${name} must be a non-empty string, got ${typeof value === "string" ? "an empty string" : typeof value}`,
  );
}

/** `value` when it is absent or a string; otherwise a usage error naming the parameter. */
export function optionalString(method: string, name: string, value: unknown): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  return usage(method, `${name} must be a string, got ${typeof value}`);
}

/** `params` when it is an object; otherwise a usage error. */
export function requireParams(method: string, params: unknown): Record<string, unknown> {
  if (typeof params === "object" && params !== null) return params as Record<string, unknown>;
  return usage(method, "expected an object of parameters");
}

/**
 * The string parameters of a call, checked before anything is sent: each of `required` must be a non-empty
 * string, each of `optional` absent or a string; otherwise a usage error names the one that is wrong.
 */
export function stringParams<Required extends string, Optional extends string = never>(
  method: string,
  params: unknown,
  required: readonly Required[],
  optional: readonly Optional[] = [],
): Record<Required, string> & Partial<Record<Optional, string>> {
  const given = requireParams(method, params);
  for (const name of required) requireString(method, name, given[name]);
  for (const name of optional) optionalString(method, name, given[name]);
  // every name has just been checked
  return given as Record<Required, string> & Partial<Record<Optional, string>>;
}
