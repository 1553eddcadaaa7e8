/** What the logger hook sees. Header values are copies with the token redacted. */
export type BackupLogEvent =
  | { type: "request"; method: string; url: string; headers: Record<string, string> }
  | { type: "response"; method: string; url: string; status: number; requestId: string | undefined; durationMs: number }
  | { type: "retry"; call: string; attempt: number; delayMs: number; reason: string; clientRequestId: string }
  | { type: "error"; call: string; error: Error; clientRequestId: string };

export type BackupLogger = (event: BackupLogEvent) => void;

/** Plain copy of request headers for a log line; the `Authorization` value is never copied. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const copy: Record<string, string> = {};
  headers.forEach((value, name) => {
    copy[name] = name === "authorization" ? "Bearer [REDACTED]" : value;
  });
  return copy;
}
