import { createBackupClient, type BackupClientOptions } from "../../src/index.js";
import type { fakeApi } from "./fake-api.js";

export const API = "https://api.test";

/** A client on an injected fetch (a fake API), with tiny backoff delays so retries take no real time. */
export const testClient = (
  api: Pick<ReturnType<typeof fakeApi>, "fetch">,
  options: Partial<BackupClientOptions> = {},
) =>
  createBackupClient({
    iamToken: "t1.secret-token",
    baseUrl: API,
    fetch: api.fetch,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  } as BackupClientOptions);

/** The options of `testClient`, for a core of the separately importable functions (`createBackupCore`). */
export const testOptions = (
  api: Pick<ReturnType<typeof fakeApi>, "fetch">,
  options: Partial<BackupClientOptions> = {},
): BackupClientOptions =>
  ({
    iamToken: "t1.secret-token",
    baseUrl: API,
    fetch: api.fetch,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  }) as BackupClientOptions;
