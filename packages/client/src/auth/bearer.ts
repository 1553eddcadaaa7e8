import { BackupUsageError } from "../errors/errors.js";

export type TokenSource = () => string | Promise<string>;

// An HTTP header value may not hold controls or spaces. Checked here, because `Headers` would otherwise throw
// a TypeError that quotes the value, and the value is a secret.
const BAD = /[^\x21-\x7e]/;

/** `Authorization` header value for the token the source gives now (called per request, so it may refresh). */
export async function bearer(source: TokenSource): Promise<string> {
  const t = await source();
  if (typeof t !== "string" || !t || BAD.test(t)) {
    throw new BackupUsageError(
      "The IAM token is empty, not a string, or holds characters not allowed in an HTTP header (spaces, line breaks)",
    );
  }
  return `Bearer ${t}`;
}
