// How to make each operation of the spec through @backup-api/client. Keyed by operationId: an operation the
// spec gains without an entry here makes the agreement suite fail ("no contract coverage").
import { type BackupClient, type CallOptions, createBackupClient, type WithResponse } from '@backup-api/client';
import type { Target } from './target.js';

// Realistic ids in the service's formats (the mock accepts any string).
export const ids = {
  backupId: 'a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10',
  folderId: 'b1g0ijbfaqsn12345678',
  computeInstanceId: 'epdp2hnkcn1s8u1k7b2n',
  operationId: 'cdg3lam9a1c0n7v4hq2e',
  archiveId: '7c1d6e0a-4b2f-4a55-8f0e-1e2d3c4b5a69',
  policyId: 'cbq5gkqhq5a5n0t1c0d8',
  resourceId: '3f8a2c1e-9d7b-4e6a-b5c4-1a2b3c4d5e6f',
};

type Call = (client: BackupClient, options: CallOptions & { withResponse: true }) => Promise<WithResponse<unknown>>;

export interface ClientCall {
  /** Reads nothing but data: safe against any target. */
  readOnly: boolean;
  call: Call;
}

export const clientCalls: Record<string, ClientCall> = {
  list: { readOnly: true, call: (c, o) => c.backups.list({ folderId: ids.folderId }, o) },
  get: { readOnly: true, call: (c, o) => c.backups.get({ backupId: ids.backupId, folderId: ids.folderId }, o) },
  listArchives: {
    readOnly: true,
    call: (c, o) => c.backups.listArchives({ computeInstanceId: ids.computeInstanceId, folderId: ids.folderId }, o),
  },
  listFiles: {
    readOnly: true,
    call: (c, o) => c.backups.listFiles({ backupId: ids.backupId, folderId: ids.folderId }, o),
  },
  startRecovery: {
    readOnly: false,
    call: (c, o) => c.backups.startRecovery({ backupId: ids.backupId, computeInstanceId: ids.computeInstanceId }, o),
  },
  delete: {
    readOnly: false,
    call: (c, o) => c.backups.delete({ computeInstanceId: ids.computeInstanceId, backupId: ids.backupId }, o),
  },
  getOperation: { readOnly: true, call: (c, o) => c.operations.get(ids.operationId, o) },
};

export function clientFor(target: Target, extra: { maxRetries?: number } = {}): BackupClient {
  return createBackupClient({
    baseUrl: target.baseUrl,
    operationsBaseUrl: target.operationsBaseUrl,
    // With no token every server test is skipped; the client still needs one to be created.
    iamToken: target.iamToken || 'no-token-given',
    timeoutMs: 20_000,
    ...extra,
  });
}

/** Prism's report of what broke the spec in a request or its response (null when nothing did). */
export function violations(response: Response): unknown[] | null {
  const header = response.headers.get('sl-violations');
  return header ? (JSON.parse(header) as unknown[]) : null;
}
