// client ↔ mock ↔ spec: the optional query parameters and every list selector, sent by the client, are
// accepted by Prism as the spec describes them (no `sl-violations`). Every optional query parameter of every
// operation is read from the spec and sent alone, with its example (or the target's id of that name), and must
// reach the server as given; `list` also goes through each of its selectors with paging, order, filter and type.
import type { BackupClient, CallOptions, ListBackupsInput, WithResponse } from "@backup-api/client";
import { NOT_YET_EMULATED } from "@backup-api/emulator";
import { listSelectors, type SpecParameter } from "@backup-api/spec-walker";
import { describe, expect, inject, it } from "vitest";
import { clientCalls, clientFor, violations } from "../../src/client-calls.js";
import { optionalQuery, type SpecOperation, specOperations } from "../../src/spec-operations.js";

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

type Params = Record<string, unknown>;
type Send = (
  client: BackupClient,
  params: Params,
  options: CallOptions & { withResponse: true },
) => Promise<WithResponse<unknown>>;

// The client's method of each operation that has an optional query parameter, given the parameters flat by the
// spec's names. The parameters are read from the spec at run time (hence `never`); what reaches the wire is checked.
const send: Record<string, Send> = {
  list: (c, p, o) => c.backups.list(p as never, o),
  listFiles: (c, p, o) => c.backups.listFiles(p as never, o),
  listArchives: (c, p, o) => c.backups.listArchives(p as never, o),
  listPolicies: (c, p, o) => c.policies.list(p as never, o),
  listPolicyApplications: (c, p, o) => c.policies.listApplications(p as never, o),
  listResources: (c, p, o) => c.resources.list(p as never, o),
  getResource: (c, p, o) => c.resources.get(p as never, o),
  listResourceTasks: (c, p, o) => c.resources.listTasks(p as never, o),
  listActivatedProviders: (c, p, o) => c.providers.listActivated(p as never, o),
};

/** The target's id a parameter names (`archive.archiveId` → `ids.archiveId`), if it has one. */
const idOf = (parameter: SpecParameter): string | undefined =>
  (ids as unknown as Record<string, string | undefined>)[parameter.name.split(".").at(-1)!];

/** What a case sends for a parameter: the target's id of that name (the emulator knows only its seed), else the spec's example. */
const valueOf = (parameter: SpecParameter): unknown => idOf(parameter) ?? parameter.example;

/**
 * What an operation needs besides the optional parameter under test: its path and required query parameters and,
 * for a listing with selectors, the first selector the target has ids for.
 */
function required(op: SpecOperation): Params {
  const needed = op.parameters.filter((p) => p.in === "path" || (p.in === "query" && p.required));
  const selector = listSelectors(op).find((s) => s.parameters.every((p) => idOf(p) !== undefined));
  if (listSelectors(op).length > 0 && !selector)
    throw new Error(`the target has ids for no selector of ${op.operationId}`);
  return Object.fromEntries([...needed, ...(selector?.parameters ?? [])].map((p) => [p.name, valueOf(p)]));
}

/** Every optional query parameter of every operation but list's selectors (which `list by …` below goes through). */
const cases = specOperations.flatMap((op) =>
  op.parameters
    .filter((p) => p.in === "query" && !p.required && !p.selector)
    .map((parameter) => ({ operationId: op.operationId, name: parameter.name, op, parameter })),
);

describe(`client ↔ ${target.kind} ↔ spec: optional parameters`, () => {
  it("every optional query parameter of every operation has a case, a value and a client method to send it", () => {
    const withOptional = specOperations.filter((op) => optionalQuery(op).length > 0).map((op) => op.operationId);
    expect(Object.keys(send).sort()).toEqual(withOptional.sort());
    for (const { operationId, parameter } of cases)
      expect(valueOf(parameter), `${operationId}'s ${parameter.name} has no example in the spec`).toBeDefined();
    const list = specOperations.find((o) => o.operationId === "list")!;
    expect(Object.keys(selectors).sort()).toEqual(
      listSelectors(list)
        .map((s) => s.name)
        .sort(),
    );
  });

  it.for(cases)("$operationId sends $name, which reaches the server as given", async ({ op, parameter }, ctx) => {
    const notEmulated =
      target.kind.startsWith("emulator") && (NOT_YET_EMULATED as readonly string[]).includes(op.operationId);
    const skip =
      target.skipReason ||
      (!clientCalls[op.operationId]?.readOnly && target.readOnlyReason) ||
      (notEmulated && "the emulator answers it 501 UNIMPLEMENTED until it runs it (NOT_YET_EMULATED)");
    if (skip) return ctx.skip(skip);
    const call = send[op.operationId];
    if (!call) throw new Error(`no client method to send ${op.operationId} with (see the test above)`);
    const base = required(op);
    let value = valueOf(parameter);
    if (parameter.name === "pageToken") {
      // A token the server gave for this very listing: a server that signs its tokens refuses made-up ones.
      const first = await call(client, { ...base, pageSize: 1 }, { withResponse: true });
      value = (first.data as { nextPageToken?: string }).nextPageToken;
      expect(value, `${op.operationId} with pageSize 1 gave no nextPageToken`).toBeTruthy();
    }
    const { response } = await call(client, { ...base, [parameter.name]: value }, { withResponse: true });
    expect(response.status).toBe(200);
    expect(violations(response)).toBeNull();
    expect(new URL(response.url).searchParams.getAll(parameter.name)).toEqual([String(value)]);
  });

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
