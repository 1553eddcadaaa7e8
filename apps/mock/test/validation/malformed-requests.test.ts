import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type RunningMock } from "../../src/index.js";
import { send, validRequest, type BuiltRequest } from "../support/requests.js";
import { validateResponse } from "../support/spec.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock?.stop();
});

interface Violation {
  location: string[];
  code: string;
  message: string;
}

const LONG_ID = "e".repeat(51);

function withPath(request: BuiltRequest, from: string, to: string): BuiltRequest {
  return { ...request, path: request.path.replace(from, to) };
}

/** The operation's valid request with its example body changed by `edit`. */
function withBody(operationId: string, edit: (body: Record<string, any>) => void): BuiltRequest {
  const request = validRequest(operationId);
  const body = JSON.parse(request.body!);
  edit(body);
  return { ...request, body: JSON.stringify(body) };
}

const cases: Array<[string, string, BuiltRequest, string[]]> = [
  [
    "pageSize that is not an integer",
    "list",
    validRequest("list", { query: { pageSize: "ten" } }),
    ["query", "pagesize"],
  ],
  ["pageSize above 1000", "list", validRequest("list", { query: { pageSize: "5000" } }), ["query", "pagesize"]],
  ["negative pageSize", "list", validRequest("list", { query: { pageSize: "-1" } }), ["query", "pagesize"]],
  ["get without the required folderId", "get", validRequest("get", { query: { folderId: undefined } }), ["query"]],
  [
    "listFiles without the required folderId",
    "listFiles",
    validRequest("listFiles", { query: { folderId: undefined } }),
    ["query"],
  ],
  [
    "computeInstanceId path parameter over 50 characters",
    "listArchives",
    withPath(validRequest("listArchives"), "epdp2hnkcn1s8u1k7b2n", LONG_ID),
    ["path", "computeinstanceid"],
  ],
  [
    "computeInstanceId list selector over 50 characters",
    "list",
    validRequest("list", { query: { folderId: undefined, computeInstanceId: LONG_ID } }),
    ["query", "computeinstanceid"],
  ],
  [
    "delete with computeInstanceId over 50 characters",
    "delete",
    withPath(validRequest("delete"), "epdp2hnkcn1s8u1k7b2n", LONG_ID),
    ["path", "computeinstanceid"],
  ],
  [
    "startRecovery body field of the wrong type",
    "startRecovery",
    { ...validRequest("startRecovery"), body: JSON.stringify({ computeInstanceId: 42 }) },
    ["body", "computeInstanceId"],
  ],
  [
    "startRecovery body that is an array, not an object",
    "startRecovery",
    { ...validRequest("startRecovery"), body: "[]" },
    ["body"],
  ],
  [
    "startRecovery body without computeInstanceId",
    "startRecovery",
    { ...validRequest("startRecovery"), body: "{}" },
    ["body"],
  ],
  // The proto's validation rules beyond the Backup resource, as the spec writes them.
  [
    "createPolicy with a name over 50 characters",
    "createPolicy",
    withBody("createPolicy", (body) => {
      body.name = "n".repeat(51);
    }),
    ["body", "name"],
  ],
  [
    "createPolicy with a retention rule giving both maxAge and maxCount (exactly one)",
    "createPolicy",
    withBody("createPolicy", (body) => {
      body.settings.retention.rules[0].maxAge = { type: "DAYS", count: "7" };
    }),
    ["body", "settings", "retention", "rules", "0"],
  ],
  [
    "createPolicy with a schedule's month 13",
    "createPolicy",
    withBody("createPolicy", (body) => {
      body.settings.scheduling.backupSets[0].time.months = ["13"];
    }),
    ["body", "settings", "scheduling", "backupSets", "0", "time", "months", "0"],
  ],
  [
    "createPolicy without settings",
    "createPolicy",
    withBody("createPolicy", (body) => {
      delete body.settings;
    }),
    ["body"],
  ],
  [
    "updatePolicy cannot rename",
    "updatePolicy",
    withBody("updatePolicy", (body) => {
      body.name = "renamed";
    }),
    ["body"],
  ],
  [
    "applyPolicy without computeInstanceId",
    "applyPolicy",
    withBody("applyPolicy", (body) => {
      delete body.computeInstanceId;
    }),
    ["body"],
  ],
  [
    "getPolicy with a policyId over 50 characters",
    "getPolicy",
    withPath(validRequest("getPolicy"), "cbq5gkqhq5a5n0t1c0d8", LONG_ID),
    ["path", "policyid"],
  ],
  [
    "listResources with pageSize above 1000",
    "listResources",
    validRequest("listResources", { query: { pageSize: "5000" } }),
    ["query", "pagesize"],
  ],
  [
    "deleteResource without the required resourceId",
    "deleteResource",
    validRequest("deleteResource", { query: { resourceId: undefined } }),
    ["query"],
  ],
  [
    "listResourceTasks with pageSize above 1000",
    "listResourceTasks",
    validRequest("listResourceTasks", { query: { pageSize: "5000" } }),
    ["query", "pagesize"],
  ],
  [
    "activateProvider without folderId",
    "activateProvider",
    withBody("activateProvider", (body) => {
      delete body.folderId;
    }),
    ["body"],
  ],
  [
    "createPolicy with a weekday given twice (unique list)",
    "createPolicy",
    withBody("createPolicy", (body) => {
      body.settings.scheduling.backupSets[0].time.weekdays = ["MONDAY", "MONDAY"];
    }),
    ["body", "settings", "scheduling", "backupSets", "0", "time", "weekdays"],
  ],
  [
    "Idempotency-Key that is not a UUID",
    "delete",
    { ...validRequest("delete"), headers: { ...validRequest("delete").headers, "idempotency-key": "again" } },
    ["header", "idempotency-key"],
  ],
];

describe("requests that break the spec", () => {
  it.each(cases)("%s → 400 google.rpc.Status, violation named", async (_, operationId, request, location) => {
    const res = await send(mock.url, request);
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ code: 3 }); // INVALID_ARGUMENT
    expect(validateResponse(operationId, 400, res.json)).toEqual([]);
    const violations = JSON.parse(res.headers.get("sl-violations") ?? "[]") as Violation[];
    expect(violations.map((v) => v.location.slice(1))).toContainEqual(location);
  });

  it("names the missing required parameter in the violation message", async () => {
    const res = await send(mock.url, validRequest("get", { query: { folderId: undefined } }));
    const violations = JSON.parse(res.headers.get("sl-violations") ?? "[]") as Violation[];
    expect(violations.map((v) => v.message.toLowerCase()).join("\n")).toContain("folderid");
  });

  it("the same requests made valid are accepted (the cases above fail for their one defect)", async () => {
    for (const id of new Set(cases.map(([, operationId]) => operationId))) {
      const res = await send(mock.url, validRequest(id));
      expect(res.headers.get("sl-violations"), id).toBeNull();
      expect(res.status, id).toBe(200);
    }
  });

  it("a request without a token is refused with 401 UNAUTHENTICATED", async () => {
    const res = await send(mock.url, { ...validRequest("list"), headers: {} });
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ code: 16 });
  });
});
