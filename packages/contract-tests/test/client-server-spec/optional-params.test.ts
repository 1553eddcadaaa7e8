// client ↔ mock ↔ spec: the optional query parameters and every list selector, sent by the client, are
// accepted by Prism as the spec describes them (no `sl-violations`).
import type { ListBackupsInput } from "@backup-api/client";
import { describe, expect, inject, it } from "vitest";
import { clientFor, violations } from "../../src/client-calls.js";
import { optionalQuery, specOperations } from "../../src/spec-operations.js";

const target = inject("target");
const client = clientFor(target);
const { ids } = target;

const selectors: Record<string, ListBackupsInput> = {
  computeInstanceId: { computeInstanceId: ids.computeInstanceId },
  archive: { archive: { archiveId: ids.archiveId, folderId: ids.folderId } },
  folderId: { folderId: ids.folderId },
  instancePolicy: { instancePolicy: { computeInstanceId: ids.computeInstanceId, policyId: ids.policyId } },
  resourceId: { resourceId: ids.resourceId },
  policyId: { policyId: ids.policyId },
  backup: { backup: { backupId: ids.backupId, folderId: ids.folderId } },
};

describe(`client ↔ ${target.kind} ↔ spec: optional parameters`, () => {
  it("list: the client can send every optional query parameter the spec declares", () => {
    const list = specOperations.find((o) => o.operationId === "list")!;
    const sent = new URL(
      "http://x/?" +
        new URLSearchParams({
          orderBy: "createdAt desc",
          filter: 'created_at > "2026-01-01T00:00:00Z"',
          type: "COMPUTE",
          pageSize: "50",
          pageToken: "t",
        }),
    ).searchParams;
    const selectorNames = [
      "computeInstanceId",
      "archive.archiveId",
      "archive.folderId",
      "folderId",
      "instancePolicy.computeInstanceId",
      "instancePolicy.policyId",
      "resourceId",
      "policyId",
      "backup.backupId",
      "backup.folderId",
    ];
    expect([...sent.keys(), ...selectorNames].sort()).toEqual(optionalQuery(list).sort());
  });

  it.for(Object.entries(selectors))("list by %s, with paging, order, filter and type", async ([, selector], ctx) => {
    if (target.skipReason) return ctx.skip(target.skipReason);
    const page = {
      orderBy: "createdAt desc",
      filter: 'created_at > "2026-01-01T00:00:00Z"',
      type: "COMPUTE",
      pageSize: 2,
    } as const;
    const first = await client.backups.list({ ...selector, ...page } as ListBackupsInput, { withResponse: true });
    expect(first.response.status).toBe(200);
    expect(violations(first.response)).toBeNull();
    // The next page with the token the server gave; not allowed with the policy selector (the spec says so).
    const pageToken = first.data.nextPageToken;
    if ("policyId" in selector || !pageToken) return;
    const next = await client.backups.list({ ...selector, ...page, pageToken } as ListBackupsInput, {
      withResponse: true,
    });
    expect(next.response.status).toBe(200);
    expect(violations(next.response)).toBeNull();
  });

  it("listFiles with sourceId, listArchives without folderId", async (ctx) => {
    if (target.skipReason) return ctx.skip(target.skipReason);
    const files = await client.backups.listFiles(
      { backupId: ids.backupId, folderId: ids.folderId, sourceId: ids.sourceId },
      { withResponse: true },
    );
    expect(violations(files.response)).toBeNull();
    const archives = await client.backups.listArchives(
      { computeInstanceId: ids.computeInstanceId },
      { withResponse: true },
    );
    expect(violations(archives.response)).toBeNull();
  });

  it("mutating calls send Idempotency-Key and x-client-request-id the spec accepts", async (ctx) => {
    const skip = target.skipReason || target.readOnlyReason;
    if (skip) return ctx.skip(skip);
    const { response } = await client.backups.startRecovery(
      { backupId: ids.backupId, computeInstanceId: ids.computeInstanceId },
      {
        withResponse: true,
        idempotencyKey: "5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f",
        clientRequestId: "contract-test-1",
        headers: { "x-client-trace-id": "trace-1" },
      },
    );
    expect(violations(response)).toBeNull();
  });
});
