// The named examples a user (and the mock's `Prefer: example=…`) relies on are all there.
import { describe, expect, it } from "vitest";
import { findOperation, resolveRef, type SpecNode } from "@backup-api/spec-walker";
import { doc, specOperations } from "../../src/spec-operations.js";

const obj = (n: unknown): SpecNode => (n && typeof n === "object" && !Array.isArray(n) ? (n as SpecNode) : {});

const operations = specOperations.map((o) => ({ path: o.path, method: o.method, op: o.operation }));

function examplesOf(op: SpecNode, code: string): Record<string, SpecNode> {
  const response = obj(resolveRef(doc, obj(op.responses)[code] ?? {}));
  const named = obj(obj(obj(response.content)["application/json"]).examples);
  return Object.fromEntries(Object.entries(named).map(([name, ref]) => [name, obj(resolveRef(doc, obj(ref)))]));
}

const byId = (id: string) => findOperation(specOperations, id).operation;

describe("every operation has examples for success and for each declared error", () => {
  it.each(operations.map((o) => [String(o.op.operationId), o.op] as const))("%s", (_id, op) => {
    for (const code of Object.keys(obj(op.responses))) {
      expect(Object.keys(examplesOf(op, code)), `response ${code}`).not.toEqual([]);
    }
  });
});

describe("the interesting cases have their own named example", () => {
  it("list: a first page with nextPageToken and a last page without", () => {
    const ex = examplesOf(byId("list"), "200");
    expect(obj(ex.firstPage?.value).nextPageToken).toBeTruthy();
    expect(ex.lastPage).toBeDefined();
    expect(obj(ex.lastPage?.value).nextPageToken).toBeUndefined();
  });

  it("getOperation: one in progress and one done (and a failed one)", () => {
    const ex = examplesOf(byId("getOperation"), "200");
    expect(obj(ex.inProgress?.value).done).toBe(false);
    expect(obj(ex.done?.value)).toMatchObject({
      done: true,
      response: { "@type": "type.googleapis.com/google.protobuf.Empty" },
    });
    expect(obj(ex.failed?.value)).toMatchObject({ done: true, error: { code: 9 } });
  });

  it("the long-running methods answer with an Operation not yet done, typed by its metadata", () => {
    expect(obj(examplesOf(byId("startRecovery"), "200").started?.value)).toMatchObject({
      done: false,
      metadata: { "@type": "type.googleapis.com/yandex.cloud.backup.v1.StartRecoveryMetadata" },
    });
    expect(obj(examplesOf(byId("delete"), "200").started?.value)).toMatchObject({
      done: false,
      metadata: { "@type": "type.googleapis.com/yandex.cloud.backup.v1.DeleteBackupMetadata" },
    });
  });

  it("each error example carries the google.rpc.Code that matches its HTTP status", () => {
    const expected: Record<string, number[]> = {
      "400": [3, 9, 11],
      "401": [16],
      "403": [7],
      "404": [5],
      "409": [6, 10],
      "429": [8],
      "500": [2, 13, 15],
      "503": [14],
    };
    for (const { op } of operations) {
      for (const code of Object.keys(obj(op.responses)).filter((c) => c !== "200")) {
        for (const [name, ex] of Object.entries(examplesOf(op, code))) {
          expect(expected[code], `${String(op.operationId)} ${code} ${name}`).toContain(obj(ex.value).code);
        }
      }
    }
  });
});
