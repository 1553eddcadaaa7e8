// The edge between the core and the Fetch API, for `emulator.fetch` and the MSW handlers.
import type { EmulatorRequest, Outcome, Reply } from "./exchange.js";
import { bodyBytes, bodyTooLarge, readLimited } from "./exchange.js";

async function* streamChunks(reader: ReadableStreamDefaultReader<Uint8Array>): AsyncIterable<Uint8Array> {
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

export function fromFetchRequest(request: Request): EmulatorRequest {
  return {
    method: request.method,
    url: request.url,
    headers: request.headers,
    async text(maxBytes) {
      if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw bodyTooLarge();
      if (!request.body) return "";
      const reader = request.body.getReader();
      return readLimited(streamChunks(reader), maxBytes, () => void reader.cancel());
    },
  };
}

export function toFetchResponse(reply: Reply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}

/** A Response whose body stream breaks after `sendBytes`, as a cut connection looks to `fetch`. */
function truncatedResponse(reply: Reply, sendBytes: number): Response {
  const bytes = bodyBytes(reply);
  let sent = false;
  // The half goes out on the first read and the error on the next: erroring the stream at once would throw
  // away the queued half, and the reader would see no byte at all.
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) {
        controller.error(new TypeError("terminated: the emulator cut the body short (truncateBody fault)"));
        return;
      }
      sent = true;
      controller.enqueue(bytes.slice(0, sendBytes));
    },
  });
  return new Response(body, { status: reply.status, headers: reply.headers });
}

/** The outcome as `fetch` would show it; a dropped connection is whatever `onReset` makes of it (fetch rejects, MSW errors). */
export function outcomeAsResponse(outcome: Outcome, onReset: () => Response): Response {
  switch (outcome.kind) {
    case "reply":
      return toFetchResponse(outcome.reply);
    case "truncated":
      return truncatedResponse(outcome.reply, outcome.sendBytes);
    case "reset":
      return onReset();
  }
}
