import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import type { BackupLogEvent } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { fakeApi, hang, json, networkFailure, status, text } from "../support/fake-api.js";

const TOKEN = "t1.secret-token";
const nowhere = fakeApi([]);

/** Everything a thrown value exposes: message, stack, own fields, JSON, and a deep inspect (cause included). */
const exposed = (e: unknown) =>
  [
    String(e),
    (e as Error).stack,
    JSON.stringify(e),
    inspect(e, { depth: 10, showHidden: true }),
    JSON.stringify(Object.entries(e as object)),
  ].join("\n");

describe("the IAM token", () => {
  const failures = {
    "API error": [json(401, status(16, "Token is invalid or has expired."))],
    "HTML error page": [text(500, "<html>oops</html>")],
    "invalid body": [text(200, "<html>portal</html>")],
    "network error": [networkFailure()],
    timeout: [hang],
  };

  for (const [name, script] of Object.entries(failures)) {
    it(`never appears in a thrown ${name}, nor in any log line`, async () => {
      const api = fakeApi(script);
      const lines: string[] = [];
      const logger = (event: BackupLogEvent) => lines.push(JSON.stringify(event), inspect(event, { depth: 10 }));
      const error = await testClient(api, { timeoutMs: 50, maxRetries: 0, logger })
        .backups.get({ backupId: "b1", folderId: "f1" })
        .catch((e) => e);
      expect(error).toBeInstanceOf(Error);
      expect(exposed(error)).not.toContain("secret-token");
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.join("\n")).not.toContain("secret-token");
      // and it was really sent
      expect(api.requests[0]!.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    });
  }

  it("never appears in the error of a token that is not a valid header value", async () => {
    const bad = "secret-token\nX-Injected: 1";
    let thrown: unknown;
    try {
      testClient(nowhere, { iamToken: bad });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(exposed(thrown)).not.toContain("secret-token");
    const err = await testClient(nowhere, { iamToken: undefined, getIamToken: () => bad })
      .backups.get({ backupId: "b", folderId: "f" })
      .catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(exposed(err)).not.toContain("secret-token");
  });

  it("is not an enumerable field of the client", () => {
    const client = testClient(nowhere);
    expect(JSON.stringify(Object.entries(client.backups))).not.toContain("secret-token");
    expect(inspect(client, { depth: 4 })).not.toContain("secret-token");
  });

  it("never appears in the error of a getIamToken that returns something else than a string", async () => {
    // a common slip: returning the whole IAM response instead of its iamToken field
    const err = await testClient(nowhere, {
      iamToken: undefined,
      getIamToken: () => ({ iamToken: TOKEN, expiresAt: "2026-01-01T00:00:00Z" }) as never,
    })
      .backups.get({ backupId: "b", folderId: "f" })
      .catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(exposed(err)).not.toContain("secret-token");
  });

  it("never appears in the error of a getIamToken that fails after having worked", async () => {
    const api = fakeApi([json(200, {})]);
    let n = 0;
    const client = testClient(api, {
      iamToken: undefined,
      getIamToken: () => (n++ ? Promise.reject(new Error("metadata service down")) : TOKEN),
    });
    await client.backups.get({ backupId: "b", folderId: "f" });
    const err = await client.backups.get({ backupId: "b", folderId: "f" }).catch((e) => e);
    expect(exposed(err)).not.toContain("secret-token");
    expect(err.message).toBe("getIamToken failed: metadata service down");
  });
});
