// What the core reads and writes: a neutral request and a plain reply, not the Fetch API's Request and
// Response. Building those costs more than the emulator's own work on a small answer, so each way of serving
// converts once, at its edge: `emulator.fetch` and MSW from and to Fetch objects, the node:http server from
// its own objects, with no Fetch objects in between.
import { ApiError } from "./api-error.js";
import { LIMITS } from "./limits.js";

export interface EmulatorRequest {
  method: string;
  /** Absolute URL; the host is ignored. */
  url: string;
  headers: {
    get(name: string): string | null;
    forEach(callback: (value: string, name: string) => void): void;
  };
  /** The body as text; at most `maxBytes`, or an ApiError (413) without reading the rest. "" when none. */
  text(maxBytes: number): Promise<string>;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  /**
   * JSON text, or its UTF-8 bytes. Bytes are often a kept record's (src/state/wire-json-cache.ts), written once
   * and shared by every answer that shows it: read them, never change them.
   */
  body: string | Uint8Array<ArrayBuffer>;
}

const utf8 = new TextEncoder();

/** The body as UTF-8 bytes. */
export const bodyBytes = (reply: Reply): Uint8Array<ArrayBuffer> =>
  typeof reply.body === "string" ? utf8.encode(reply.body) : reply.body;

/** Drop the connection without an answer, or send the reply with its body cut after `sendBytes`. */
export type Outcome =
  | { kind: "reply"; reply: Reply }
  | { kind: "reset" }
  | { kind: "truncated"; reply: Reply; sendBytes: number };

/** 431: the headers together are over the limit (answered by the pipeline, or by the HTTP server for Node's). */
export function headersTooLarge(): ApiError {
  return new ApiError(
    "INVALID_ARGUMENT",
    `The request headers are larger than the limit of ${LIMITS.maxHeaderBytes} bytes`,
    { httpStatus: 431 },
  );
}

export function bodyTooLarge(): ApiError {
  return new ApiError("INVALID_ARGUMENT", `The request body is larger than the limit of ${LIMITS.maxBodyBytes} bytes`, {
    httpStatus: 413,
  });
}

/** Reads a byte stream up to `maxBytes`: past it, stops reading and throws 413. */
export async function readLimited(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
  cancel?: () => void,
): Promise<string> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      cancel?.();
      throw bodyTooLarge();
    }
    parts.push(chunk);
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return new TextDecoder().decode(joined);
}
