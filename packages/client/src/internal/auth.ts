import { BackupTokenError, BackupUsageError } from "../core/errors.js";
import { kindOf, messageOf } from "./messages.js";

export type TokenSource = () => string | Promise<string>;

/**
 * What is wrong with a token, if anything, in words that never quote it (it is a secret). Tokens are printable
 * ASCII without spaces; each other case gets its own words, so an unset variable and a pasted header differ.
 */
function tokenProblem(token: unknown): string | undefined {
  if (typeof token !== "string") return `must be a string, got ${kindOf(token)}`;
  if (token === "") return "is empty";
  // a copied Authorization value: the scheme is the client's to add
  if (/^bearer\s/i.test(token)) return 'starts with "Bearer ": give the token alone, the client adds "Bearer " itself';
  if (/\s/.test(token)) return "holds whitespace (a space, a tab or a line break), which a header value cannot";
  if (!/^[\x21-\x7e]+$/.test(token)) return "holds a control or non-ASCII character, which a header value cannot";
  return undefined;
}

/**
 * The `Authorization` value for a token, which `source` names in the error. The token is checked here because
 * `Headers` would otherwise throw a TypeError that quotes the value — and the value is a secret.
 */
export function bearer(token: unknown, source: string): string {
  const problem = tokenProblem(token);
  if (problem) throw new BackupUsageError(`${source} ${problem}`);
  return `Bearer ${token}`;
}

/**
 * The source of the header value: checked once for a fixed token (a wrong one names `factory`, the function it
 * was given to), before each request for `getIamToken`.
 */
export function authorization(
  factory: string,
  iamToken: unknown,
  getIamToken: TokenSource | undefined,
): () => string | Promise<string> {
  if (!getIamToken) {
    const value = bearer(iamToken, `${factory}: iamToken`);
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
    return bearer(token, "the token getIamToken returned");
  };
}
