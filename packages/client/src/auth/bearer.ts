import { BackupClientError, BackupUsageError } from "../errors/errors.js";

export type TokenSource = () => string | Promise<string>;

/**
 * The `Authorization` value for a token. The token is checked here because `Headers` would otherwise throw a
 * TypeError that quotes the value — and the value is a secret. Tokens are printable ASCII without spaces.
 */
export const bearer = (t: unknown): string => {
  if (typeof t !== "string" || !/^[\x21-\x7e]+$/.test(t)) {
    throw new BackupUsageError("the IAM token is empty, not a string, or holds spaces or control characters");
  }
  return `Bearer ${t}`;
};

/** Header value source: checked once for a fixed token, per request for `getIamToken` (it may refresh). */
export const authorization = (iamToken: unknown, getIamToken?: TokenSource): (() => string | Promise<string>) => {
  // a failing provider is not a network failure: it ends the call, unretried, with its error as the cause
  if (getIamToken) {
    return async () =>
      bearer(
        await Promise.resolve()
          .then(getIamToken)
          .catch((cause) => {
            throw new BackupClientError(`getIamToken failed: ${(cause as Error)?.message ?? cause}`, undefined, { cause });
          }),
      );
  }
  const value = bearer(iamToken);
  return () => value;
};
