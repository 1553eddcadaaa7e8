import { redactHeaders, type BackupLogger } from "../logging/logger.js";
import { isLight, type LightRequest } from "./light-request.js";

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * The `fetch` openapi-fetch calls (for the client's own methods and for `client.raw`): it adds the bearer token
 * and logs, then sends a light request as `fetch(url, init)`, with no extra Request copy.
 */
export const createTransport =
  (fetchImpl: FetchLike, auth: () => string | Promise<string>, log: BackupLogger | undefined) =>
  async (req: LightRequest | Request): Promise<Response> => {
    const { headers, method, url } = req;
    if (!headers.has("authorization")) {
      const v = auth();
      headers.set("authorization", typeof v === "string" ? v : await v);
    }
    const send = () => (isLight(req) ? fetchImpl(url, req.init) : fetchImpl(req));
    if (!log) return send();
    log({ type: "request", method, url, headers: redactHeaders(headers) });
    const t0 = Date.now();
    const res = await send();
    log({ type: "response", method, url, status: res.status, requestId: requestIdOf(res), durationMs: Date.now() - t0 });
    return res;
  };

export const requestIdOf = (res: Response): string | undefined => res.headers.get("x-request-id") ?? undefined;
