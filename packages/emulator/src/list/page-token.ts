// Page tokens: the sort key of the last backup on the page, signed with an HMAC over the key and the query that
// made the page. Opaque to the caller, tamper-evident, 34 characters, and right when backups come and go
// between pages: the next page starts after that key (keyset), not at an offset.
import { invalidArgument } from "../http/api-error.js";
import { createHmacSha256 } from "./hmac-sha256.js";
import type { SortKey } from "./sorted-index.js";

const VERSION = 1;
const MAC_BYTES = 12;
const KEY_BYTES = 1 + 8 + 4;

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.min(a.length, b.length); index++) difference |= a[index]! ^ b[index]!;
  return difference === 0;
}

export function createPageTokens(secret: string) {
  const encoder = new TextEncoder();
  const sign = createHmacSha256(encoder.encode(secret));

  function mac(keyBytes: Uint8Array, query: string): Uint8Array {
    const queryBytes = encoder.encode(query);
    const message = new Uint8Array(keyBytes.length + queryBytes.length);
    message.set(keyBytes);
    message.set(queryBytes, keyBytes.length);
    return sign(message).subarray(0, MAC_BYTES);
  }

  const invalid = (why: string) =>
    invalidArgument(
      [
        {
          field: "pageToken",
          description: `${why}; pass back the nextPageToken of the previous page, with the same selector, filter, orderBy and type`,
        },
      ],
      "Invalid pageToken",
    );

  return {
    /** `query` is the canonical text of the listing's parameters other than pageSize and pageToken. */
    async encode(key: SortKey, query: string): Promise<string> {
      const keyBytes = new Uint8Array(KEY_BYTES);
      const view = new DataView(keyBytes.buffer);
      view.setUint8(0, VERSION);
      view.setFloat64(1, key.createdAtMs);
      view.setUint32(9, key.seq);
      const token = new Uint8Array(KEY_BYTES + MAC_BYTES);
      token.set(keyBytes);
      token.set(mac(keyBytes, query), KEY_BYTES);
      return toBase64Url(token);
    },

    async decode(token: string, query: string): Promise<SortKey> {
      const bytes = fromBase64Url(token);
      if (!bytes || bytes.length !== KEY_BYTES + MAC_BYTES || bytes[0] !== VERSION)
        throw invalid("is not a page token of this API");
      const keyBytes = bytes.slice(0, KEY_BYTES);
      if (!equalBytes(bytes.slice(KEY_BYTES), mac(keyBytes, query))) {
        throw invalid("was modified, or comes from a listing with other parameters");
      }
      const view = new DataView(keyBytes.buffer);
      return { createdAtMs: view.getFloat64(1), seq: view.getUint32(9) };
    },
  };
}

export type PageTokens = ReturnType<typeof createPageTokens>;
