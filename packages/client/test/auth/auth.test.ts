import { describe, expect, it } from "vitest";
import { BackupNetworkError, BackupTokenError, BackupUsageError } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { BACKUP, fakeApi, json, status } from "../support/fake-api.js";

const params = { backupId: "b1", folderId: "f1" };

describe("auth", () => {
  it("sends the IAM token as a bearer token", async () => {
    const api = fakeApi([json(200, BACKUP)]);
    await testClient(api).backups.get(params);
    expect(api.requests[0]!.headers.get("authorization")).toBe("Bearer t1.secret-token");
  });

  it("calls getIamToken before every attempt, so a refreshed token is used on the retry", async () => {
    const api = fakeApi([json(503, status(14, "x")), json(200, BACKUP)]);
    let calls = 0;
    await testClient(api, { iamToken: undefined, getIamToken: async () => `token-${++calls}` }).backups.get(params);
    expect(api.requests.map((request) => request.headers.get("authorization"))).toEqual([
      "Bearer token-1",
      "Bearer token-2",
    ]);
  });

  it("authenticates client.raw too", async () => {
    const api = fakeApi([json(200, BACKUP)]);
    const { data } = await testClient(api).raw.GET("/backup/v1/backups/{backupId}", {
      params: { path: { backupId: "b1" }, query: { folderId: "f1" } },
    });
    expect(data).toEqual(BACKUP);
    expect(api.requests[0]!.headers.get("authorization")).toBe("Bearer t1.secret-token");
    expect(api.requests[0]!.path).toBe("/backup/v1/backups/b1?folderId=f1");
  });

  it("rejects a token that cannot be a header value, saying which problem it has, without sending anything", async () => {
    const api = fakeApi([json(200, BACKUP)]);
    const problems = {
      "": "is empty",
      "Bearer t1.abc": 'starts with "Bearer ": give the token alone, the client adds "Bearer " itself',
      "two words": "holds whitespace (a space, a tab or a line break), which a header value cannot",
      "line\nbreak": "holds whitespace (a space, a tab or a line break), which a header value cannot",
      "t1.\u0000": "holds a control or non-ASCII character, which a header value cannot",
    };
    for (const [bad, problem] of Object.entries(problems)) {
      const error = await testClient(api, { iamToken: undefined, getIamToken: () => bad })
        .backups.get(params)
        .catch((e) => e);
      expect(error, JSON.stringify(bad)).toBeInstanceOf(BackupUsageError);
      expect(error.message).toBe(`the token getIamToken returned ${problem}`);
    }
    expect(api.requests).toHaveLength(0);
  });

  it("ends the call with a BackupTokenError carrying what getIamToken threw, without retrying", async () => {
    const api = fakeApi([json(200, BACKUP)]);
    const boom = new Error("metadata service down");
    let calls = 0;
    const getIamToken = () => (calls++, Promise.reject(boom));
    const error = await testClient(api, { iamToken: undefined, getIamToken })
      .backups.get(params)
      .catch((e) => e);
    expect(error).toBeInstanceOf(BackupTokenError);
    expect(error).not.toBeInstanceOf(BackupNetworkError);
    expect(error.message).toBe("getIamToken failed: metadata service down");
    expect(error.cause).toBe(boom);
    expect(calls).toBe(1);
    expect(api.requests).toHaveLength(0);
  });

  it("leaves a request's own Authorization alone (client.raw)", async () => {
    const api = fakeApi([json(200, BACKUP)]);
    await testClient(api).raw.GET("/backup/v1/backups/{backupId}", {
      params: { path: { backupId: "b1" }, query: { folderId: "f1" } },
      headers: { authorization: "Bearer other-token" },
    });
    expect(api.requests[0]!.headers.get("authorization")).toBe("Bearer other-token");
  });
});
