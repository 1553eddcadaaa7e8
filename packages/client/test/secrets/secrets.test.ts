import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import type { BackupLogEvent } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { hang, json, raw, reset, scriptedServer, status } from "../support/server.js";

const TOKEN = "t1.secret-token";
let close: () => Promise<void> = async () => {};
afterEach(() => close());

/** Everything a thrown value exposes: message, stack, own fields, JSON, and a deep inspect (cause included). */
const exposed = (e: unknown) =>
  [String(e), (e as Error).stack, JSON.stringify(e), inspect(e, { depth: 10, showHidden: true }), JSON.stringify(Object.entries(e as object))].join("\n");

describe("the IAM token", () => {
  const failures = {
    "API error": [json(401, status(16, "Token is invalid or has expired."))],
    "HTML error page": [raw(500, "<html>oops</html>")],
    "invalid body": [raw(200, "<html>portal</html>")],
    "network error": [reset],
    timeout: [hang],
  };

  for (const [name, script] of Object.entries(failures)) {
    it(`never appears in a thrown ${name}, nor in any log line`, async () => {
      const s = await scriptedServer(script);
      close = s.close;
      const lines: string[] = [];
      const logger = (e: BackupLogEvent) => lines.push(JSON.stringify(e), inspect(e, { depth: 10 }));
      const err = await testClient(s.url, { timeoutMs: 200, logger })
        .backups.get({ backupId: "b1", folderId: "f1" })
        .catch((e) => e);
      expect(err).toBeInstanceOf(Error);
      expect(exposed(err)).not.toContain("secret-token");
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.join("\n")).not.toContain("secret-token");
      // and it was really sent
      expect(s.seen[0]?.headers.authorization ?? `Bearer ${TOKEN}`).toBe(`Bearer ${TOKEN}`);
    });
  }

  it("never appears in the error of a token that is not a valid header value", async () => {
    const bad = "secret-token\nX-Injected: 1";
    let thrown: unknown;
    try {
      testClient("http://127.0.0.1:9", { iamToken: bad });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(exposed(thrown)).not.toContain("secret-token");
    const err = await testClient("http://127.0.0.1:9", { iamToken: undefined, getIamToken: () => bad })
      .backups.get({ backupId: "b", folderId: "f" })
      .catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(exposed(err)).not.toContain("secret-token");
  });

  it("is not an enumerable field of the client", () => {
    const client = testClient("http://127.0.0.1:9");
    expect(JSON.stringify(Object.entries(client.backups))).not.toContain("secret-token");
    expect(inspect(client, { depth: 4 })).not.toContain("secret-token");
  });

  it("never appears in the error of a getIamToken that returns something else than a string", async () => {
    // a common slip: returning the whole IAM response instead of its iamToken field
    const err = await testClient("http://127.0.0.1:9", {
      iamToken: undefined,
      getIamToken: () => ({ iamToken: TOKEN, expiresAt: "2026-01-01T00:00:00Z" }) as never,
    })
      .backups.get({ backupId: "b", folderId: "f" })
      .catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(exposed(err)).not.toContain("secret-token");
  });

  it("never appears in the error of a getIamToken that fails after having worked", async () => {
    const s = await scriptedServer([json(200, {})]);
    close = s.close;
    let n = 0;
    const client = testClient(s.url, {
      iamToken: undefined,
      getIamToken: () => (n++ ? Promise.reject(new Error("metadata service down")) : TOKEN),
    });
    await client.backups.get({ backupId: "b", folderId: "f" });
    const err = await client.backups.get({ backupId: "b", folderId: "f" }).catch((e) => e);
    expect(exposed(err)).not.toContain("secret-token");
    expect(err.message).toBe("getIamToken failed: metadata service down");
  });
});
