// An injected `fetch` standing in for the API: each request gets the answer its script gives (the n-th request,
// 0-based, gets script[n]; the last entry repeats), and every request is recorded as the server would see it.
// Nothing goes over a socket, so no test depends on how loaded the machine is.

/** What the fake server saw of one request. */
export interface SeenRequest {
  method: string;
  /** The full URL. */
  url: string;
  /** Path and query, e.g. `/backup/v1/backups/b1?folderId=f1`. */
  path: string;
  headers: Headers;
  body: string;
  /** The request itself, as the client's fetch received it. */
  request: Request;
}

/** One scripted answer: a response, or a throw (a network failure), given the request and its number. */
export type Answer = (request: Request, index: number) => Response | Promise<Response>;

export function fakeApi(script: Answer[]) {
  const requests: SeenRequest[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    if (!(request instanceof Request))
      throw new TypeError(`the client must call fetch with a Request, got ${typeof request}`);
    const index = requests.length;
    const url = new URL(request.url);
    requests.push({
      method: request.method,
      url: request.url,
      path: url.pathname + url.search,
      headers: request.headers,
      body: await request.clone().text(),
      request,
    });
    const answer = script[Math.min(index, script.length - 1)];
    if (!answer) throw new Error("fakeApi: empty script");
    return answer(request, index);
  };
  return { fetch, requests };
}

/** A JSON answer. */
export const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Answer =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

/** An answer with this exact body text. */
export const text =
  (status: number, body: string, headers: Record<string, string> = {}): Answer =>
  () =>
    new Response(body, { status, headers });

/** No answer: what undici throws for a reset connection (`TypeError: fetch failed`, the cause naming the code). */
export const networkFailure =
  (code = "ECONNRESET"): Answer =>
  () => {
    throw new TypeError("fetch failed", { cause: Object.assign(new Error(`read ${code}`), { code }) });
  };

/** Never answers; gives up, as fetch does, when the request's signal aborts (rejecting with its reason). */
export const hang: Answer = (request) =>
  new Promise((_resolve, reject) => {
    if (request.signal.aborted) reject(request.signal.reason);
    request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true });
  });

/** Answers with `answer` after `ms` (of the fake clock, when one is installed), unless the request is aborted first. */
export const after =
  (ms: number, answer: Answer): Answer =>
  (request, index) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve(answer(request, index)), ms);
      request.signal.addEventListener("abort", () => (clearTimeout(timer), reject(request.signal.reason)), {
        once: true,
      });
    });

/** A google.rpc.Status body with a RequestInfo detail. */
export const status = (code: number, message: string, requestId = "req-1") => ({
  code,
  message,
  details: [{ "@type": "type.googleapis.com/google.rpc.RequestInfo", requestId }],
});

/** A backup as the server sends it (proto3 JSON: fields at their default left out). */
export const BACKUP = {
  id: "a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10",
  size: "21474836480",
  type: "FULL",
  computeInstanceId: "epdp2hnkcn1s8u1k7b2n",
};
