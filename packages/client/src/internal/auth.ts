import { BackupTokenError, BackupUsageError } from "../core/errors.js";
import { messageOf } from "./messages.js";

export type TokenSource = () => string | Promise<string>;

/**
 * The `Authorization` value for a token. The token is checked here because `Headers` would otherwise throw a
 * TypeError that quotes the value — and the value is a secret. Tokens are printable ASCII without spaces.
 */
export function bearer(token: unknown): string {
  if (typeof token !== "string" || !/^[\x21-\x7e]+$/.test(token)) {
    throw new BackupUsageError("the IAM token is empty, not a string, or holds spaces or control characters");
  }
  return `Bearer ${token}`;
}

/** The source of the header value: checked once for a fixed token, before each request for `getIamToken`. */
export function authorization(iamToken: unknown, getIamToken: TokenSource | undefined): () => string | Promise<string> {
  if (!getIamToken) {
    const value = bearer(iamToken);
    return () => value;
  }
  return async () => {
    let token: string;
    try {
      token = await getIamToken();
    } catch (cause) {
      // a failing provider is not a network failure: it ends the call, unretried, with its error as the cause
      throw new BackupTokenError(`getIamToken failed: ${messageOf(cause)}`, {
        cause,
      });
    }
    return bearer(token);
  };
}
