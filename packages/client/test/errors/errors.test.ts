import { afterEach, describe, expect, it } from "vitest";
import {
  BackupApiError,
  BackupClientError,
  BackupInvalidResponseError,
  BackupNetworkError,
  BackupUsageError,
} from "../../src/index.js";
import { testClient } from "../support/client.js";
import { BACKUP, json, raw, scriptedServer, status } from "../support/server.js";

const params = { backupId: "b1", folderId: "f1" };
let close: () => Promise<void> = async () => {};
afterEach(() => close());

describe("API errors", () => {
  it("turn a google.rpc.Status into a BackupApiError with every field", async () => {
    const body = {
      code: 5,
      message: "Backup b1 not found",
      details: [{ "@type": "type.googleapis.com/google.rpc.RequestInfo", requestId: "from-detail" }],
    };
    const s = await scriptedServer([json(404, body, { "x-request-id": "from-header" })]);
    close = s.close;
    const err = await testClient(s.url).backups.get(params, { clientRequestId: "c-1" }).catch((e) => e);
    expect(err).toBeInstanceOf(BackupApiError);
    expect(err).toBeInstanceOf(BackupClientError);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe("BackupApiError");
    expect(err.status).toBe(404);
    expect(err.code).toBe(5);
    expect(err.codeName).toBe("NOT_FOUND");
    expect(err.message).toBe("NOT_FOUND: Backup b1 not found");
    expect(err.details).toEqual(body.details);
    expect(err.requestId).toBe("from-header");
    expect(err.clientRequestId).toBe("c-1");
  });

  it("take the request id from the RequestInfo detail when there is no x-request-id header", async () => {
    const s = await scriptedServer([json(403, status(7, "Permission denied", "detail-id"))]);
    close = s.close;
    const err = await testClient(s.url).backups.get(params).catch((e) => e);
    expect(err.codeName).toBe("PERMISSION_DENIED");
    expect(err.requestId).toBe("detail-id");
  });

  it("name every google.rpc code", async () => {
    const s = await scriptedServer([json(400, { code: 16, message: "m" })]);
    close = s.close;
    const err = await testClient(s.url).backups.get(params).catch((e) => e);
    expect(err.codeName).toBe("UNAUTHENTICATED");
    expect(err.details).toEqual([]);
  });

  it("explain an HTML error page from a proxy, with the code its status stands for", async () => {
    const html = "<!DOCTYPE html>\n<html><body><h1>502 Bad Gateway</h1></body></html>";
    const s = await scriptedServer([raw(502, html, { "content-type": "text/html", "x-request-id": "edge-1" })]);
    close = s.close;
    const err = await testClient(s.url).backups.get(params).catch((e) => e);
    expect(err).toBeInstanceOf(BackupApiError);
    expect(err.status).toBe(502);
    expect(err.codeName).toBe("UNAVAILABLE");
    expect(err.message).toBe("UNAVAILABLE: HTTP 502: <!DOCTYPE html> <html><body><h1>502 Bad Gateway</h1></body></html>");
    expect(err.requestId).toBe("edge-1");
  });

  it("explain an error answer with a JSON body that is not a Status", async () => {
    const s = await scriptedServer([json(404, { error: "nope" })]);
    close = s.close;
    const err = await testClient(s.url).backups.get(params).catch((e) => e);
    expect(err.codeName).toBe("NOT_FOUND");
    expect(err.message).toBe('NOT_FOUND: HTTP 404: {"error":"nope"}');
  });

  it("cut long bodies down to an excerpt", async () => {
    const s = await scriptedServer([raw(500, "x".repeat(5000))]);
    close = s.close;
    const err = await testClient(s.url, { maxRetries: 0 }).backups.get(params).catch((e) => e);
    expect(err.message.length).toBeLessThan(260);
    expect(err.message.endsWith("…")).toBe(true);
  });

  it("name all seventeen google.rpc codes in order, and UNKNOWN past them", async () => {
    const names = [
      "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS",
      "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED",
      "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED", "UNKNOWN",
    ];
    // the n-th request answers code n
    const s = await scriptedServer([(req, res, n) => json(400, { code: n, message: "m" })(req, res, n, "")]);
    close = s.close;
    const client = testClient(s.url);
    const seen = [];
    for (const _ of names) seen.push((await client.backups.get(params).catch((e) => e)).codeName);
    expect(seen).toEqual(names);
  });

  it("give a non-Status error page the code its HTTP status stands for", async () => {
    const expected: [number, string][] = [
      [401, "UNAUTHENTICATED"],
      [403, "PERMISSION_DENIED"],
      [404, "NOT_FOUND"],
      [409, "ABORTED"],
      [429, "RESOURCE_EXHAUSTED"],
      [500, "INTERNAL"],
      [502, "UNAVAILABLE"],
      [501, "UNIMPLEMENTED"],
      [503, "UNAVAILABLE"],
      [504, "DEADLINE_EXCEEDED"],
      [418, "UNKNOWN"],
    ];
    const s = await scriptedServer([(req, res, n) => raw(expected[n]![0], "<html>edge</html>", { "content-type": "text/html" })(req, res, n, "")]);
    close = s.close;
    const client = testClient(s.url, { maxRetries: 0 });
    for (const [code, name] of expected) {
      const err = await client.backups.get(params).catch((e) => e);
      expect([err.status, err.codeName]).toEqual([code, name]);
    }
  });

  it("a cut-off JSON error body still gives a BackupApiError quoting it, not a crash", async () => {
    const s = await scriptedServer([raw(500, '{"code":13,"message":"inter', { "content-type": "application/json", "x-request-id": "r-9" })]);
    close = s.close;
    const err = await testClient(s.url, { maxRetries: 0 }).backups.get(params).catch((e) => e);
    expect(err).toBeInstanceOf(BackupApiError);
    expect(err.status).toBe(500);
    expect(err.requestId).toBe("r-9");
    expect(err.message).toContain('HTTP 500: {"code":13,"message":"inter');
  });
});

describe("invalid 2xx bodies", () => {
  it("HTML instead of JSON gives a BackupInvalidResponseError quoting it, and is not retried", async () => {
    const s = await scriptedServer([raw(200, "<html><body>Sign in to the Wi-Fi</body></html>", { "content-type": "text/html" })]);
    close = s.close;
    const err = await testClient(s.url).backups.get(params).catch((e) => e);
    expect(err).toBeInstanceOf(BackupInvalidResponseError);
    expect(err.status).toBe(200);
    expect(err.message).toBe(
      "backups.get: HTTP 200 body is not a JSON object (content-type text/html): <html><body>Sign in to the Wi-Fi</body></html>",
    );
    expect(s.seen).toHaveLength(1);
  });

  it("truncated JSON gives a BackupInvalidResponseError", async () => {
    const s = await scriptedServer([raw(200, '{"id":"a3b9e4f1","size":"2147', { "content-type": "application/json" })]);
    close = s.close;
    const err = await testClient(s.url).backups.get(params).catch((e) => e);
    expect(err).toBeInstanceOf(BackupInvalidResponseError);
    expect(err.message).toContain('{"id":"a3b9e4f1","size":"2147');
  });

  it("a body cut off by the connection (shorter than Content-Length) is a network failure, retried", async () => {
    const s = await scriptedServer([
      (_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
        res.write('{"id":"a3b9');
        setTimeout(() => res.socket?.destroy(), 10);
      },
      json(200, BACKUP),
    ]);
    close = s.close;
    expect(await testClient(s.url).backups.get(params)).toEqual(BACKUP);
    expect(s.seen).toHaveLength(2);
  });

  it("an empty body, JSON null or a JSON array is not a valid answer", async () => {
    for (const body of ["", "null", "[]", '"text"']) {
      const s = await scriptedServer([raw(200, body, { "content-type": "application/json" })]);
      const err = await testClient(s.url).backups.get(params).catch((e) => e);
      await s.close();
      expect(err, body).toBeInstanceOf(BackupInvalidResponseError);
    }
  });

  it("carry the server's request id, for support", async () => {
    const s = await scriptedServer([raw(200, "<html>portal</html>", { "content-type": "text/html", "x-request-id": "edge-2" })]);
    close = s.close;
    const err = await testClient(s.url).backups.get(params).catch((e) => e);
    expect(err).toBeInstanceOf(BackupInvalidResponseError);
    expect(err.requestId).toBe("edge-2");
  });
});

describe("error classes", () => {
  it("are distinct and share BackupClientError", () => {
    const classes = [BackupApiError, BackupInvalidResponseError, BackupNetworkError, BackupUsageError];
    for (const C of classes) expect(C.prototype).toBeInstanceOf(BackupClientError);
    expect(new Set(classes.map((C) => C.prototype.name)).size).toBe(classes.length);
  });
});
