import { BackupUsageError } from "../errors/errors.js";
import { call } from "../pipeline/call.js";
import type { Context } from "../pipeline/context.js";
import type { MutationOptions } from "../pipeline/options.js";

/**
 * Turns one line of a route table into a method taking flat params, such as
 * `"GET /backup/v1/backups/{backupId} folderId"`: the HTTP method, the spec's path (its `{names}` are taken from
 * the params), then the other params — query for GET and DELETE, the JSON body for POST; `?` marks optional ones.
 * Every param is checked before anything is sent. Anything but GET starts work, so it gets an Idempotency-Key.
 */
export function route(c: Context, name: string, line: string, baseUrl?: string) {
  const [method, path, ...rest] = line.split(" ") as [string, string, ...string[]];
  const inPath: string[] = path.match(/[^{}]+(?=})/g) ?? [];
  const post = method === "POST";
  return async (p: Record<string, unknown>, o?: MutationOptions): Promise<unknown> => {
    if (typeof p !== "object" || !p) throw new BackupUsageError(`${name}: expected an object of parameters`);
    const pathParams: Record<string, string> = {};
    const other: Record<string, unknown> = {};
    for (const k of [...inPath, ...rest]) {
      const key = k.replace("?", "");
      const v = p[key];
      if (key !== k ? v !== undefined && typeof v !== "string" : typeof v !== "string" || !v) {
        throw new BackupUsageError(`${name}: ${key} must be a ${key !== k ? "" : "non-empty "}string, got ${typeof v}`);
      }
      if (inPath.includes(key)) pathParams[key] = v as string;
      else other[key] = v;
    }
    return call(
      c,
      {
        name,
        method,
        path,
        params: { path: pathParams, query: post ? undefined : other },
        body: post ? other : undefined,
        mutating: method !== "GET",
        baseUrl,
      },
      o,
    );
  };
}
