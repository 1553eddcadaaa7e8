// What the core hands back for one request. Most are answers; two faults are about the connection itself,
// which each way of serving (in-process fetch, node:http, MSW) plays out in its own medium.
export type Outcome =
  | { kind: "response"; response: Response }
  /** Drop the connection without an answer. */
  | { kind: "reset" }
  /** Send the status and headers, then only the first `sendBytes` of `body`, then drop the connection. */
  | { kind: "truncated"; status: number; headers: Headers; body: Uint8Array; sendBytes: number };

/** A Response whose body stream breaks after `sendBytes`, as a cut connection looks to `fetch`. */
export function truncatedResponse(outcome: Extract<Outcome, { kind: "truncated" }>): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(outcome.body.slice(0, outcome.sendBytes));
      controller.error(new TypeError("terminated: the emulator cut the body short (truncateBody fault)"));
    },
  });
  return new Response(body, { status: outcome.status, headers: outcome.headers });
}
