// `Authorization: Bearer <IAM token>`: missing or malformed → 401; any well-formed token is accepted.
import { ApiError } from "./api-error.js";
import type { EmulatorRequest } from "./exchange.js";

/** Who is calling: read from the bearer token by `authenticate`, carried by handlers and operations. */
export interface Caller {
  /** The bearer token, as sent. */
  token: string;
  /** A stable id derived from the token, shown as `Operation.createdBy`. */
  subjectId: string;
}

// RFC 6750's b64token.
const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/;

/** A stable, id-shaped name for the token's owner, shown as `Operation.createdBy`. */
function subjectIdOf(token: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < token.length; index++) hash = Math.imul(hash ^ token.charCodeAt(index), 0x01000193) >>> 0;
  return `aje${hash.toString(36).padStart(7, "0")}emulator`.slice(0, 20);
}

/** The last caller: a test suite sends one token throughout, so its subject id is worked out once. */
let lastCaller: Caller | undefined;

export function authenticate(headers: EmulatorRequest["headers"]): Caller {
  const header = headers.get("authorization");
  if (header === null || header.trim() === "") {
    throw new ApiError("UNAUTHENTICATED", "The request has no IAM token: send it as Authorization: Bearer <IAM token>");
  }
  const match = BEARER.exec(header.trim());
  if (!match) {
    throw new ApiError(
      "UNAUTHENTICATED",
      "The Authorization header is malformed: expected Bearer <IAM token>, for example Bearer t1.9euelZ…",
    );
  }
  const token = match[1]!;
  if (lastCaller?.token !== token) lastCaller = { token, subjectId: subjectIdOf(token) };
  return lastCaller;
}
