// Operation ids look like the service's: 20 characters of [a-z0-9], starting with a three-letter kind.
const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

export function newOperationId(): string {
  const random = crypto.getRandomValues(new Uint8Array(17));
  return `cdg${Array.from(random, (byte) => ALPHABET[byte % ALPHABET.length]).join("")}`;
}

/** Policy ids look like the service's too: `cbq` and 17 characters (`cbq5gkqhq5a5n0t1c0d8`). */
export function newPolicyId(): string {
  const random = crypto.getRandomValues(new Uint8Array(17));
  return `cbq${Array.from(random, (byte) => ALPHABET[byte % ALPHABET.length]).join("")}`;
}
