import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type RunningMock } from "../../src/index.js";
import { send, validRequest } from "../support/requests.js";
import { operations, validateResponse } from "../support/spec.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock?.stop();
});

describe("every operation of the spec", () => {
  it("covers the 24 operations of the five services and the operations host", () => {
    expect(operations.map((o) => o.operationId).sort()).toEqual([
      "activateProvider",
      "applyPolicy",
      "cancelOperation",
      "createPolicy",
      "delete",
      "deletePolicy",
      "deleteResource",
      "executePolicy",
      "get",
      "getAgentInstallCommand",
      "getOperation",
      "getPolicy",
      "getResource",
      "list",
      "listActivatedProviders",
      "listArchives",
      "listFiles",
      "listPolicies",
      "listPolicyApplications",
      "listResourceTasks",
      "listResources",
      "revokePolicy",
      "startRecovery",
      "updatePolicy",
    ]);
  });

  it.each(operations.map((o) => o.operationId))("%s answers 200 with a body valid against the spec", async (id) => {
    const res = await send(mock.url, validRequest(id));
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expect(validateResponse(id, 200, res.json)).toEqual([]);
  });

  it("the validator is not a rubber stamp: a wrong body fails it", () => {
    expect(validateResponse("get", 200, { size: 1073741824 })).not.toEqual([]);
    expect(validateResponse("getOperation", 200, { done: "yes" })).not.toEqual([]);
  });

  it("answers 401 with a google.rpc.Status body when the bearer token is missing", async () => {
    const { headers, ...request } = validRequest("get");
    const res = await send(mock.url, { ...request, headers: {} });
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ code: 16 });
    expect(validateResponse("get", 401, res.json)).toEqual([]);
    void headers;
  });
});
