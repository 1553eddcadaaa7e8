import { BackupUsageError } from "./errors.js";

/** Throws the `BackupUsageError` of a wrong call, as `<call>: <what was wrong>`. */
export const usage = (call: string, what: string): never => {
  throw new BackupUsageError(`${call}: ${what}`);
};

/** `v` when it is a string (non-empty unless optional); otherwise a usage error naming the parameter. */
export const str = (call: string, key: string, v: unknown, optional?: boolean): string =>
  (optional ? v === undefined || typeof v === "string" : typeof v === "string" && v)
    ? (v as string)
    : usage(call, `${key} must be a ${optional ? "" : "non-empty "}string, got ${typeof v}`);
