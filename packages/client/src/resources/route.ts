import { str, usage } from "../errors/usage.js";
import { call } from "../pipeline/call.js";
import type { Context } from "../pipeline/context.js";
import type { MutationOptions } from "../pipeline/options.js";

/**
 * Turns one line of a route table into a method taking flat params, such as
 * `"GET /backup/v1/backups/{backupId} folderId"`: the HTTP method, the spec's path (its `{names}` are taken from
 * the params), then the other params — query for GET and DELETE, the JSON body for POST; `?` marks optional ones.
 * One line per method keeps the routes in one table that a test checks against the spec. The line is parsed
 * once; each call only checks its params (before anything is sent) and joins strings.
 */
export function route(c: Context, name: string, line: string, baseUrl?: string) {
  const [method, path, ...rest] = line.split(" ") as [string, string, ...string[]];
  // literal, name, literal, name, …, literal
  const parts = path.split(/[{}]/);
  return (p: Record<string, unknown>, o?: MutationOptions): Promise<unknown> => {
    try {
      if (typeof p !== "object" || !p) usage(name, "expected an object of parameters");
      const arg = (k: string, optional?: boolean) => str(name, k, p[k], optional);
      let url = parts[0]!;
      for (let i = 1; i < parts.length; i += 2) url += encodeURIComponent(arg(parts[i]!)) + parts[i + 1];
      const other: Record<string, string> = {};
      for (const k of rest) {
        const optional = k.endsWith("?");
        const key = optional ? k.slice(0, -1) : k;
        other[key] = arg(key, optional);
      }
      return call(c, name, method, url, method === "POST" ? { body: other } : { query: other }, o, baseUrl);
    } catch (e) {
      return Promise.reject(e);
    }
  };
}
