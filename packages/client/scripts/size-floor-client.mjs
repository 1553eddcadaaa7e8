// Not shipped. The least a client of the seven routes can be when built on openapi-fetch: `createClient` and one
// line per method, with none of the behaviours the client adds (errors, retries, ids, deadlines, selectors,
// pagination, operations.wait, logging, option checks). `pnpm bench` bundles it like the real client, so the
// gap between this floor and a size goal is what all of those behaviours together may cost.
import createClient from "openapi-fetch";

export function createBackupClient({ iamToken, baseUrl }) {
  const raw = createClient({ baseUrl, headers: { authorization: `Bearer ${iamToken}` } });
  const go = (method, path, init) =>
    raw.request(method, path, init).then(({ data, error }) => {
      if (error) throw error;
      return data;
    });
  const backups = "/backup/v1/backups";
  return {
    raw,
    backups: {
      get: ({ backupId, folderId }) =>
        go("get", `${backups}/{backupId}`, { params: { path: { backupId }, query: { folderId } } }),
      list: (query) => go("get", backups, { params: { query } }),
      listArchives: ({ computeInstanceId, folderId }) =>
        go("get", `${backups}/{computeInstanceId}/archives`, {
          params: { path: { computeInstanceId }, query: { folderId } },
        }),
      listFiles: ({ backupId, folderId, sourceId }) =>
        go("get", `${backups}/{backupId}/files`, { params: { path: { backupId }, query: { folderId, sourceId } } }),
      startRecovery: ({ backupId, computeInstanceId }) =>
        go("post", `${backups}/{backupId}:startRecovery`, {
          params: { path: { backupId } },
          body: { computeInstanceId },
        }),
      delete: ({ computeInstanceId, backupId }) =>
        go("delete", `${backups}/{computeInstanceId}/{backupId}`, {
          params: { path: { computeInstanceId, backupId } },
        }),
    },
    operations: {
      get: (operationId) => go("get", "/operations/{operationId}", { params: { path: { operationId } } }),
    },
  };
}
