import { listOperations, loadBundle, resolveRef } from "@backup-api/spec-walker/node";
import { describe, expect, it } from "vitest";
import {
  BackupAbortError,
  BackupApiError,
  BackupClientError,
  BackupInvalidResponseError,
  BackupNetworkError,
  BackupOperationError,
  BackupTimeoutError,
  BackupTokenError,
  BackupUsageError,
  STATUS_CODES,
  type Operation,
} from "../../src/index.js";
import { testClient } from "../support/client.js";
import { fakeApi, json, status, text } from "../support/fake-api.js";

const params = { backupId: "b1", folderId: "f1" };
const spec = loadBundle();
const specCodes: { code: number; name: string; httpStatus: number }[] = resolveRef(spec, spec.components.schemas.Status)
  .properties.code["x-google-rpc-codes"];

describe("API errors", () => {
  it("turn a google.rpc.Status into a BackupApiError with every field", async () => {
    const body = {
      code: 5,
      message: "Backup b1 not found",
      details: [{ "@type": "type.googleapis.com/google.rpc.RequestInfo", requestId: "from-detail" }],
    };
    const api = fakeApi([json(404, body, { "x-request-id": "from-header" })]);
    const error = await testClient(api)
      .backups.get(params, { clientRequestId: "c-1" })
      .catch((e) => e);
    expect(error).toBeInstanceOf(BackupApiError);
    expect(error).toBeInstanceOf(BackupClientError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: "BackupApiError",
      status: 404,
      code: 5,
      codeName: "NOT_FOUND",
      message: "NOT_FOUND: Backup b1 not found",
      requestId: "from-header",
      clientRequestId: "c-1",
      bodyIsStatus: true,
      fieldViolations: [],
    });
    // details come with their proto3 defaults filled in, like every value the client returns
    expect(error.details).toEqual([
      { "@type": "type.googleapis.com/google.rpc.RequestInfo", requestId: "from-detail", servingData: "" },
    ]);
  });

  it("take the request id from the RequestInfo detail when there is no x-request-id header", async () => {
    const api = fakeApi([json(403, status(7, "Permission denied", "detail-id"))]);
    const error = await testClient(api)
      .backups.get(params)
      .catch((e) => e);
    expect(error.codeName).toBe("PERMISSION_DENIED");
    expect(error.requestId).toBe("detail-id");
  });

  it("name every google.rpc code the spec lists, by the spec's own table, and UNKNOWN past it", async () => {
    // the n-th request answers with the n-th code of the spec's table; the last one with a code it does not have
    const codes = [...specCodes.map((entry) => entry.code), 99];
    const api = fakeApi([(_request, index) => json(400, { code: codes[index], message: "m" })(_request, index)]);
    const client = testClient(api);
    const seen: string[] = [];
    for (const _code of codes) seen.push((await client.backups.get(params).catch((e) => e)).codeName);
    expect(seen).toEqual([...specCodes.map((entry) => entry.name), "UNKNOWN"]);
    expect(seen).toHaveLength(17);
    expect(STATUS_CODES).toEqual(specCodes);
  });

  it("name the fields a google.rpc.BadRequest says were wrong, in the message and as fieldViolations", async () => {
    const body = {
      code: 3,
      message: "Request validation failed",
      details: [
        {
          "@type": "type.googleapis.com/google.rpc.BadRequest",
          fieldViolations: [{ field: "pageSize", description: "must be at most 1000" }, { field: "filter" }],
        },
        { "@type": "type.googleapis.com/google.rpc.RequestInfo", requestId: "r-7" },
      ],
    };
    const api = fakeApi([json(400, body)]);
    const error = await testClient(api)
      .backups.list({ folderId: "f", pageSize: 5000 })
      .catch((e) => e);
    expect(error.message).toBe(
      "INVALID_ARGUMENT: Request validation failed (pageSize: must be at most 1000; filter: invalid)",
    );
    expect(error.fieldViolations).toEqual([
      { field: "pageSize", description: "must be at most 1000" },
      { field: "filter", description: "" },
    ]);
    expect(error.requestId).toBe("r-7");
  });

  it("name each violation once: not again when the server's message already states it, as the emulator's does", async () => {
    const violation = { field: "pageSize", description: "must be at most 1000, got 5000" };
    const body = {
      code: 3,
      message: "Request validation failed: pageSize: must be at most 1000, got 5000",
      details: [{ "@type": "type.googleapis.com/google.rpc.BadRequest", fieldViolations: [violation] }],
    };
    const error = await testClient(fakeApi([json(400, body)]))
      .backups.list({ folderId: "f", pageSize: 5000 })
      .catch((e) => e);
    expect(error.message).toBe("INVALID_ARGUMENT: Request validation failed: pageSize: must be at most 1000, got 5000");
    expect(error.fieldViolations).toEqual([violation]);
  });

  it("add only the violations the server's message leaves out", async () => {
    const body = {
      code: 3,
      message: "Request validation failed: pageSize: must be at most 1000",
      details: [
        {
          "@type": "type.googleapis.com/google.rpc.BadRequest",
          fieldViolations: [{ field: "pageSize", description: "must be at most 1000" }, { field: "filter" }],
        },
      ],
    };
    const error = await testClient(fakeApi([json(400, body)]))
      .backups.list({ folderId: "f", pageSize: 5000 })
      .catch((e) => e);
    expect(error.message).toBe(
      "INVALID_ARGUMENT: Request validation failed: pageSize: must be at most 1000 (filter: invalid)",
    );
  });

  it("do not take a violation of a nested field, stated in the message, for one of a field of the same name", async () => {
    const body = {
      code: 3,
      message: "Request validation failed: instancePolicy.computeInstanceId: is required",
      details: [
        {
          "@type": "type.googleapis.com/google.rpc.BadRequest",
          fieldViolations: [
            { field: "instancePolicy.computeInstanceId", description: "is required" },
            { field: "computeInstanceId", description: "is required" },
          ],
        },
      ],
    };
    const error = await testClient(fakeApi([json(400, body)]))
      .backups.get(params)
      .catch((e) => e);
    expect(error.message).toBe(
      "INVALID_ARGUMENT: Request validation failed: instancePolicy.computeInstanceId: is required (computeInstanceId: is required)",
    );
  });

  it("do not take a longer value stated in the message for the violation's own (10000 does not state 1000)", async () => {
    const body = {
      code: 3,
      message: "Request validation failed: pageSize: must be at most 10000",
      details: [
        {
          "@type": "type.googleapis.com/google.rpc.BadRequest",
          fieldViolations: [{ field: "pageSize", description: "must be at most 1000" }],
        },
      ],
    };
    const error = await testClient(fakeApi([json(400, body)]))
      .backups.get(params)
      .catch((e) => e);
    expect(error.message).toBe(
      "INVALID_ARGUMENT: Request validation failed: pageSize: must be at most 10000 (pageSize: must be at most 1000)",
    );
  });

  it("say that a body which is not a google.rpc.Status may not be the API's, while still giving its status a code", async () => {
    const html = "<!DOCTYPE html>\n<html><body><h1>404 Not Found</h1></body></html>";
    const api = fakeApi([text(404, html, { "content-type": "text/html", "x-request-id": "edge-1" })]);
    const error = await testClient(api)
      .backups.get(params)
      .catch((e) => e);
    expect(error).toBeInstanceOf(BackupApiError);
    expect(error).toMatchObject({
      status: 404,
      codeName: "NOT_FOUND",
      bodyIsStatus: false,
      requestId: "edge-1",
      details: [],
    });
    expect(error.message).toBe(
      "NOT_FOUND: HTTP 404 with a body that is not a google.rpc.Status (text/html), so perhaps not from the API: <!DOCTYPE html> <html><body><h1>404 Not Found</h1></body></html>",
    );
  });

  it("read a proxy's problem+json the same way: not the API's body", async () => {
    const problem = { type: "about:blank", title: "Not Found", status: 404 };
    const api = fakeApi([json(404, problem, { "content-type": "application/problem+json" })]);
    const error = await testClient(api)
      .backups.get(params)
      .catch((e) => e);
    expect(error.bodyIsStatus).toBe(false);
    expect(error.message).toBe(
      'NOT_FOUND: HTTP 404 with a body that is not a google.rpc.Status (application/problem+json), so perhaps not from the API: {"type":"about:blank","title":"Not Found","status":404}',
    );
  });

  it("give a bare error status the code the spec declares for it, else the one code that maps to it", async () => {
    const declaredCode = new Map<string, number>();
    for (const operation of listOperations(spec)) {
      for (const code of operation.responseStatuses.filter((statusCode) => statusCode !== "200")) {
        const examples = resolveRef(spec, operation.operation.responses[code]).content["application/json"].examples;
        declaredCode.set(code, resolveRef(spec, Object.values(examples)[0] as object).value.code);
      }
    }
    const expected = new Map<number, number>();
    for (const [code, value] of declaredCode) expected.set(Number(code), value);
    for (const entry of specCodes) {
      const sharing = specCodes.filter((other) => other.httpStatus === entry.httpStatus);
      if (!expected.has(entry.httpStatus) && sharing.length === 1) expected.set(entry.httpStatus, entry.code);
    }
    const UNAVAILABLE = specCodes.find((entry) => entry.name === "UNAVAILABLE")!.code;
    const UNKNOWN = specCodes.find((entry) => entry.name === "UNKNOWN")!.code;
    // a gateway's 502 means the service is unavailable; a status nothing maps to is UNKNOWN
    expected.set(502, UNAVAILABLE).set(418, UNKNOWN);
    const statuses = [...expected.keys()];
    const api = fakeApi([
      (request, index) => text(statuses[index]!, "<html>edge</html>", { "content-type": "text/html" })(request, index),
    ]);
    const client = testClient(api, { maxRetries: 0 });
    const seen = [];
    for (const _status of statuses) seen.push((await client.backups.get(params).catch((e) => e)).code);
    expect(seen).toEqual([...expected.values()]);
    expect(statuses.length).toBeGreaterThanOrEqual(12);
  });

  it("cut long bodies down to an excerpt", async () => {
    const api = fakeApi([text(500, "x".repeat(5000))]);
    const error = await testClient(api, { maxRetries: 0 })
      .backups.get(params)
      .catch((e) => e);
    // 200 characters of the body, then an ellipsis
    expect(error.message).toMatch(/[^x]: x{200}…$/);
  });

  it("a cut-off JSON error body still gives a BackupApiError quoting it, not a crash", async () => {
    const api = fakeApi([
      text(500, '{"code":13,"message":"inter', { "content-type": "application/json", "x-request-id": "r-9" }),
    ]);
    const error = await testClient(api, { maxRetries: 0 })
      .backups.get(params)
      .catch((e) => e);
    expect(error).toBeInstanceOf(BackupApiError);
    expect(error).toMatchObject({ status: 500, requestId: "r-9", bodyIsStatus: false });
    expect(error.message).toContain(': {"code":13,"message":"inter');
  });
});

describe("a failed operation", () => {
  it("gives its error the HTTP status its code maps to, by the spec's table", async () => {
    const client = testClient(fakeApi([json(200, {})]));
    for (const entry of [...specCodes, { code: 99, name: "UNKNOWN", httpStatus: 500 }]) {
      const failed = { id: "op1", done: true, error: { code: entry.code, message: "m" } };
      const error = await client.operations.wait(failed as unknown as Operation).catch((e) => e);
      expect(error, `code ${entry.code}`).toBeInstanceOf(BackupOperationError);
      expect([error.status, error.codeName, error.operationId], `code ${entry.code}`).toEqual([
        entry.httpStatus,
        entry.name,
        "op1",
      ]);
    }
  });
});

describe("invalid 2xx bodies", () => {
  it("HTML instead of JSON gives a BackupInvalidResponseError quoting it, and is not retried", async () => {
    const api = fakeApi([text(200, "<html><body>Sign in to the Wi-Fi</body></html>", { "content-type": "text/html" })]);
    const error = await testClient(api)
      .backups.get(params)
      .catch((e) => e);
    expect(error).toBeInstanceOf(BackupInvalidResponseError);
    expect(error.status).toBe(200);
    expect(error.message).toBe(
      "backups.get: HTTP 200 body is not a JSON object (content-type text/html): <html><body>Sign in to the Wi-Fi</body></html>",
    );
    expect(api.requests).toHaveLength(1);
  });

  it("truncated JSON gives a BackupInvalidResponseError", async () => {
    const api = fakeApi([text(200, '{"id":"a3b9e4f1","size":"2147', { "content-type": "application/json" })]);
    const error = await testClient(api)
      .backups.get(params)
      .catch((e) => e);
    expect(error).toBeInstanceOf(BackupInvalidResponseError);
    expect(error.message).toContain('{"id":"a3b9e4f1","size":"2147');
  });

  it("an empty body, JSON null, an array or a string is not a valid answer", async () => {
    for (const body of ["", "null", "[]", '"text"']) {
      const api = fakeApi([text(200, body, { "content-type": "application/json" })]);
      expect(
        await testClient(api)
          .backups.get(params)
          .catch((e) => e),
        body,
      ).toBeInstanceOf(BackupInvalidResponseError);
    }
  });

  it("carries the server's request id, for support", async () => {
    const api = fakeApi([text(200, "<html>portal</html>", { "content-type": "text/html", "x-request-id": "edge-2" })]);
    const error = await testClient(api)
      .backups.get(params)
      .catch((e) => e);
    expect(error.requestId).toBe("edge-2");
  });
});

describe("error classes", () => {
  it("are distinct, named, and share BackupClientError", () => {
    const classes = [
      BackupApiError,
      BackupOperationError,
      BackupNetworkError,
      BackupTimeoutError,
      BackupAbortError,
      BackupInvalidResponseError,
      BackupUsageError,
      BackupTokenError,
    ];
    const names = classes.map((ErrorClass) => new ErrorClass("m", {} as never).name);
    expect(names).toEqual(classes.map((ErrorClass) => ErrorClass.name));
    expect(new Set(names).size).toBe(classes.length);
    for (const ErrorClass of classes) expect(new ErrorClass("m", {} as never)).toBeInstanceOf(BackupClientError);
    expect(new BackupOperationError("m", { operationId: "op" } as never)).toBeInstanceOf(BackupApiError);
  });
});
