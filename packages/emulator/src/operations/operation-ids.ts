// Operation ids look like the service's: 20 characters of [a-z0-9], starting with a three-letter kind.
const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

export function newOperationId(): string {
  const random = crypto.getRandomValues(new Uint8Array(17));
  return `cdg${Array.from(random, (byte) => ALPHABET[byte % ALPHABET.length]).join("")}`;
}
