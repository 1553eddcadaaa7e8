import { createBackupClient, type BackupClientOptions } from "../../src/index.js";

/** A client on a local server with tiny backoff delays, so retry tests take milliseconds. */
export const testClient = (url: string, o: Partial<BackupClientOptions> = {}) =>
  createBackupClient({
    iamToken: "t1.secret-token",
    baseUrl: url,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...o,
  } as BackupClientOptions);
