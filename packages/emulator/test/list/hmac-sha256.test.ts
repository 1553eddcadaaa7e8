// The page tokens' signer gives Web Crypto's bytes: the same tokens as before it, and as any HMAC-SHA-256.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createHmacSha256, sha256 } from "../../src/list/hmac-sha256.js";

async function webCryptoHmac(key: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  const imported = await crypto.subtle.importKey("raw", new Uint8Array(key), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", imported, new Uint8Array(message)));
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("HMAC-SHA-256 in plain JS", () => {
  it("hashes the FIPS 180-4 examples", () => {
    expect(hex(sha256(new TextEncoder().encode("abc")))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(hex(sha256(new TextEncoder().encode("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
    expect(hex(sha256(new Uint8Array(0)))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("signs as Web Crypto does, for keys and messages of every length around the block size", async () => {
    // Lengths across 0, 55/56 (where the padding takes a second block), 64 and beyond; keys longer than a block
    // are hashed first. (Web Crypto refuses an empty key; a page-token secret is never empty.)
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 150 }),
        fc.uint8Array({ maxLength: 200 }),
        async (key, message) => {
          expect(hex(createHmacSha256(key)(message))).toBe(hex(await webCryptoHmac(key, message)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("signs many messages with one key without carrying anything over", async () => {
    const key = new TextEncoder().encode("page-token-secret");
    const sign = createHmacSha256(key);
    for (const text of ["a", "b", "a", "a longer message that spans more than one block of sixty-four bytes, surely"]) {
      const message = new TextEncoder().encode(text);
      expect(hex(sign(message))).toBe(hex(await webCryptoHmac(key, message)));
    }
  });
});
