import { BackupUsageError } from "../errors/errors.js";
import { call } from "../pipeline/call.js";
import type { Context } from "../pipeline/context.js";
import type { MutationOptions } from "../pipeline/options.js";

/**
 * Turns one line of a route table into a method taking flat params, such as
 * `"GET /backup/v1/backups/{backupId} folderId"`: the HTTP method, the spec's path (its `{names}` are taken from
 * the params), then the other params — query for GET and DELETE, the JSON body for POST; `?` marks optional ones.
 * One line per method keeps the spec's routes in one table a test checks against the spec, and is smaller than a
 * hand-written function per method. Every param is checked before anything is sent.
 */
export function route(c: Context, name: string, line: string, baseUrl?: string) {
  const [method, path, ...rest] = line.split(" ") as [string, string, ...string[]];
  return async (p: Record<string, unknown>, o?: MutationOptions): Promise<unknown> => {
    if (typeof p !== "object" || !p) throw new BackupUsageError(`${name}: expected an object of parameters`);
    const arg = (k: string) => {
      const key = k.replace("?", "");
      const v = p[key];
      if (key !== k ? v !== undefined && typeof v !== "string" : typeof v !== "string" || !v) {
        throw new BackupUsageError(`${name}: ${key} must be a ${key !== k ? "" : "non-empty "}string, got ${typeof v}`);
      }
      return [key, v] as const;
    };
    const filled = path.replace(/{(\w+)}/g, (_, k: string) => encodeURIComponent(arg(k)[1] as string));
    const other = Object.fromEntries(rest.map(arg));
    return call(c, name, method, filled, method === "POST" ? { body: other } : { query: other }, o, baseUrl);
  };
}
