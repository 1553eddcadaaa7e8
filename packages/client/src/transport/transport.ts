import { redactHeaders, type BackupLogger } from "../logging/logger.js";
import type { LightRequest } from "./light-request.js";

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

type Req = LightRequest | Request;

/**
 * The `fetch` openapi-fetch calls (for the client's own methods and for `client.raw`): it adds the bearer token
 * (unless the request has its own) and logs, then sends a light request as `fetch(url, init)`, with no extra
 * Request copy. No async wrapper: with a fixed token and no logger it returns fetch's own promise.
 */
export const createTransport = (fetchImpl: FetchLike, auth: () => string | Promise<string>, log: BackupLogger | undefined) => {
  const send = (req: Req) => (req instanceof Request ? fetchImpl(req) : fetchImpl(req.url, req.init));
  const go = log
    ? async (req: Req) => {
        const { headers, method, url } = req;
        log({ type: "request", method, url, headers: redactHeaders(headers) });
        const t0 = Date.now();
        const res = await send(req);
        log({ type: "response", method, url, status: res.status, requestId: requestIdOf(res), durationMs: Date.now() - t0 });
        return res;
      }
    : send;
  return (req: Req): Promise<Response> => {
    if (req.headers.has("authorization")) return go(req);
    const signed = (token: string) => (req.headers.set("authorization", token), go(req));
    const v = auth();
    return typeof v === "string" ? signed(v) : v.then(signed);
  };
};

export const requestIdOf = (res: Response): string | undefined => res.headers.get("x-request-id") ?? undefined;
