import { BackupClientError, BackupUsageError } from "../errors/errors.js";

export type TokenSource = () => string | Promise<string>;

/**
 * The `Authorization` value for a token. The token is checked here because `Headers` would otherwise throw a
 * TypeError that quotes the value — and the value is a secret. Tokens are printable ASCII without spaces.
 */
export const bearer = (t: unknown): string => {
  if (!/^[\x21-\x7e]+$/.test(t as string) || typeof t !== "string") {
    throw new BackupUsageError("the IAM token is empty, not a string, or holds spaces or control characters");
  }
  return `Bearer ${t}`;
};

/** Header value source: checked once for a fixed token, per request for `getIamToken` (it may refresh). */
export const authorization = (iamToken: unknown, getIamToken?: TokenSource): (() => string | Promise<string>) => {
  if (!getIamToken) {
    const value = bearer(iamToken);
    return () => value;
  }
  // a failing provider is not a network failure: it ends the call, unretried, with its error as the cause
  return async () => {
    let t;
    try {
      t = await getIamToken();
    } catch (cause) {
      throw new BackupClientError(`getIamToken failed: ${(cause as Error)?.message ?? cause}`, undefined, { cause });
    }
    return bearer(t);
  };
};
