import type { Status, StatusDetail } from "@backup-api/types";
import { BackupApiError } from "./errors.js";
import { codeName, codeOfHttpStatus, httpStatusOf } from "./status-codes.js";

/** A short, single-line excerpt of a body, so a message shows what a proxy (or a broken server) sent. */
export const excerpt = (text: string): string => {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > 200 ? `${t.slice(0, 200)}…` : t;
};

/**
 * The error of a non-2xx answer — `body` is its parsed JSON, or its text when it was not JSON — or, with no
 * `status`, of a failed operation's `error`. A body that is not a `google.rpc.Status` (a proxy's HTML page) still
 * gives a code, from the HTTP status, and an excerpt of what came.
 */
export function apiError(
  body: unknown,
  status?: number,
  requestId?: string,
  clientRequestId?: string,
  operationId?: string,
): BackupApiError {
  const s = typeof (body as Status)?.code === "number" ? (body as Status) : undefined;
  const code = s ? s.code : codeOfHttpStatus(status!);
  const details: StatusDetail[] = Array.isArray(s?.details) ? s.details : [];
  const name = codeName(code);
  return new BackupApiError(
    `${name}: ${s ? s.message || "(no message)" : `HTTP ${status}${body ? `: ${excerpt(typeof body === "string" ? body : JSON.stringify(body))}` : ""}`}`,
    {
      status: status ?? httpStatusOf(code),
      code,
      codeName: name,
      details,
      requestId: requestId ?? (details.find((d) => typeof (d as { requestId?: unknown }).requestId === "string") as { requestId?: string })?.requestId,
      clientRequestId,
      operationId,
    },
  );
}
