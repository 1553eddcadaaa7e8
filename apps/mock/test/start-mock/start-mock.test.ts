import { createServer } from "node:net";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isAlive } from "@backup-api/process-helpers";
import { describe, expect, it } from "vitest";
import { MockStartError, startMock } from "../../src/index.js";

describe("startMock", () => {
  it("starts Prism on a free port, answers HTTP at once, and stop() leaves no process behind", async () => {
    const mock = await startMock();
    try {
      expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(mock.port).toBeGreaterThan(0);
      // No retry loop here: the helper promised Prism is already listening.
      const res = await fetch(`${mock.url}/backup/v1/backups/b1?folderId=f1`, {
        headers: { authorization: "Bearer test" },
      });
      expect(res.status).toBe(200);
      expect(isAlive(mock.pid)).toBe(true);
    } finally {
      await mock.stop();
    }
    expect(isAlive(mock.pid)).toBe(false);
    await expect(mock.stop()).resolves.toBeUndefined(); // idempotent
    await expect(fetch(`${mock.url}/backup/v1/backups/b1?folderId=f1`)).rejects.toThrow();
  });

  it("surfaces Prism's own error output and exit code when the spec is not an OpenAPI document", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mock-test-"));
    const specPath = join(dir, "broken.json");
    writeFileSync(specPath, "this is not JSON");
    const error = await startMock({ specPath }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MockStartError);
    const startError = error as MockStartError;
    expect(startError.exitCode).toBe(1);
    expect(startError.message).toContain("exit code 1");
    expect(startError.message).toContain("broken.json");
    expect(startError.stdout + startError.stderr).toContain("fatal");
  });

  it("reports Prism's EADDRINUSE when the requested port is held by another server", async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const error = await startMock({ port }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MockStartError);
      expect((error as MockStartError).message).toMatch(/EADDRINUSE/);
    } finally {
      blocker.close();
    }
  });

  it("does not take another Prism on the port for its own: a second startMock there fails with EADDRINUSE", async () => {
    // What a second `pnpm start` does: the first one's Prism answers on the port long before the second
    // Prism has even tried to bind it, so a readiness probe over HTTP would say "ready" for a dead process.
    const first = await startMock();
    try {
      const error = await startMock({ port: first.port }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MockStartError);
      expect((error as MockStartError).message).toMatch(/exited before it was ready[\s\S]*EADDRINUSE/);
      expect(isAlive(first.pid), "the first Prism is untouched").toBe(true);
    } finally {
      await first.stop();
    }
  });

  it("rejects bad options with a message naming the option, before spawning anything", async () => {
    await expect(startMock({ port: 70000 })).rejects.toThrow(/port must be an integer from 0 to 65535/);
    await expect(startMock({ seed: 1.5 })).rejects.toThrow(/seed must be an integer/);
    await expect(startMock({ specPath: "/nope/openapi.json" })).rejects.toThrow(/spec file not found: \/nope/);
    await expect(startMock({ host: "" })).rejects.toThrow(/host must be a non-empty string/);
  });
});
