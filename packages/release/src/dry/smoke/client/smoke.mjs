// ESM consumer of @backup-api/client against the Prism mock.
import assert from 'node:assert/strict';
import { BackupApiError, createBackupClient } from '@backup-api/client';

const url = process.env.BACKUP_API_MOCK_URL;
const client = createBackupClient({ iamToken: 'smoke', baseUrl: url, operationsBaseUrl: url, maxRetries: 0 });

const backup = await client.backups.get({ backupId: 'b1', folderId: 'f1' });
assert.equal(typeof backup.id, 'string', 'backups.get returns a Backup');
const operation = await client.operations.get('op1');
assert.equal(typeof operation.id, 'string', 'operations.get returns an Operation');

const failing = createBackupClient({ iamToken: 'smoke', baseUrl: url, maxRetries: 0, headers: { prefer: 'code=404' } });
const error = await failing.backups.get({ backupId: 'b1', folderId: 'f1' }).then(() => undefined, (e) => e);
assert.ok(error instanceof BackupApiError, `a 404 is a BackupApiError, got ${String(error)}`);
assert.equal(error.status, 404);
console.log(`@backup-api/client (ESM): backups.get → ${backup.id}; operations.get → ${operation.id}; 404 → BackupApiError(${error.codeName})`);
