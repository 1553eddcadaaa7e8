import type { paths } from "@backup-api/types";
import type { Client } from "openapi-fetch";
import type { BackupLogger } from "../logging/logger.js";
import type { RetryPolicy } from "../retry/backoff.js";

/** Everything a call needs from its client, resolved once at creation. */
export interface Context {
  /** The openapi-fetch client every call goes through (also `client.raw`). */
  raw: Client<paths>;
  timeoutMs: number;
  maxRetries: number;
  retry: RetryPolicy;
  operationsBaseUrl: string;
  logger: BackupLogger | undefined;
}
