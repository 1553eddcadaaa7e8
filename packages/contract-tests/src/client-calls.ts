// How to make each operation of the spec through @backup-api/client. Keyed by operationId: an operation the
// spec gains without an entry here makes the agreement suite fail ("no contract coverage").
import { type BackupClient, type CallOptions, createBackupClient, type WithResponse } from "@backup-api/client";
import type { FixtureIds } from "./fixture-ids.js";
import type { Target } from "./target.js";

type Call = (
  client: BackupClient,
  ids: FixtureIds,
  options: CallOptions & { withResponse: true },
) => Promise<WithResponse<unknown>>;

export interface ClientCall {
  /** Reads nothing but data: safe against any target. */
  readOnly: boolean;
  call: Call;
}

export const clientCalls: Record<string, ClientCall> = {
  list: { readOnly: true, call: (c, ids, o) => c.backups.list({ folderId: ids.folderId }, o) },
  get: { readOnly: true, call: (c, ids, o) => c.backups.get({ backupId: ids.backupId, folderId: ids.folderId }, o) },
  listArchives: {
    readOnly: true,
    call: (c, ids, o) =>
      c.backups.listArchives({ computeInstanceId: ids.computeInstanceId, folderId: ids.folderId }, o),
  },
  listFiles: {
    readOnly: true,
    call: (c, ids, o) => c.backups.listFiles({ backupId: ids.backupId, folderId: ids.folderId }, o),
  },
  startRecovery: {
    readOnly: false,
    call: (c, ids, o) =>
      c.backups.startRecovery({ backupId: ids.backupId, computeInstanceId: ids.computeInstanceId }, o),
  },
  delete: {
    readOnly: false,
    call: (c, ids, o) =>
      c.backups.delete({ computeInstanceId: ids.deletableComputeInstanceId, backupId: ids.deletableBackupId }, o),
  },
  getOperation: { readOnly: true, call: (c, ids, o) => c.operations.get(ids.operationId, o) },
};

export function clientFor(target: Target, extra: { maxRetries?: number } = {}): BackupClient {
  return createBackupClient({
    baseUrl: target.baseUrl,
    operationsBaseUrl: target.operationsBaseUrl,
    // With no token every server test is skipped; the client still needs one to be created.
    iamToken: target.iamToken || "no-token-given",
    timeoutMs: 20_000,
    ...extra,
  });
}

/** Prism's report of what broke the spec in a request or its response (null when nothing did). */
export function violations(response: Response): unknown[] | null {
  const header = response.headers.get("sl-violations");
  return header ? (JSON.parse(header) as unknown[]) : null;
}
