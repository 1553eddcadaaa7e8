import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { freePort, isAlive, spawnStart, waitForOutput } from "./support.js";

describe("pnpm start (src/main.mjs)", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "serves the docs and the mock, prints both URLs and a working curl, and on %s stops both (no orphan Prism)",
    async (signal) => {
      const [docsPort, mockPort] = [await freePort(), await freePort()];
      const started = spawnStart({ DOCS_PORT: String(docsPort), MOCK_PORT: String(mockPort) });
      try {
        await waitForOutput(started, /Ctrl-C stops both/);
        const out = started.output();
        expect(out).toContain(`API docs   http://127.0.0.1:${docsPort}/`);
        expect(out).toContain(`Mock API   http://127.0.0.1:${mockPort}`);
        const prismPid = Number(/Prism, pid (\d+)/.exec(out)![1]);
        expect(isAlive(prismPid)).toBe(true);

        const page = await fetch(`http://127.0.0.1:${docsPort}/`);
        expect(page.status).toBe(200);
        expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
        expect(await page.text()).toContain("Cloud Backup API");

        // The printed curl line, run as printed.
        const curl = /^\s*(curl -s -H 'Authorization: Bearer test' '[^']+')$/m.exec(out)![1]!;
        const body = execFileSync("bash", ["-c", `${curl} -w '\\n%{http_code}'`], { encoding: "utf8" });
        expect(body.slice(body.lastIndexOf("\n") + 1)).toBe("200");
        expect(JSON.parse(body.slice(0, body.lastIndexOf("\n")))).toMatchObject({ id: expect.any(String) });

        started.child.kill(signal);
        expect(await started.exited).toBe(0);
        expect(isAlive(prismPid), "Prism outlived pnpm start").toBe(false);
        await expect(fetch(`http://127.0.0.1:${docsPort}/`)).rejects.toThrow();
        await expect(fetch(`http://127.0.0.1:${mockPort}/`)).rejects.toThrow();
      } finally {
        if (started.child.exitCode === null) started.child.kill("SIGKILL");
      }
    },
  );

  it("takes the next free port when the docs port is busy, and a free port when the mock port is busy", async () => {
    const { createServer } = await import("node:net");
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", () => r()));
    const busyPort = (busy.address() as { port: number }).port;
    const started = spawnStart({ DOCS_PORT: String(busyPort), MOCK_PORT: String(busyPort) });
    try {
      const [, docsPort] = await waitForOutput(started, /API docs {3}http:\/\/127\.0\.0\.1:(\d+)\//);
      const [, mockPort] = await waitForOutput(started, /Mock API {3}http:\/\/127\.0\.0\.1:(\d+)/);
      expect(Number(docsPort)).toBeGreaterThan(busyPort);
      expect(Number(mockPort)).not.toBe(busyPort);
      expect((await fetch(`http://127.0.0.1:${docsPort}/`)).status).toBe(200);
      started.child.kill("SIGTERM");
      expect(await started.exited).toBe(0);
    } finally {
      if (started.child.exitCode === null) started.child.kill("SIGKILL");
      busy.close();
    }
  });

  it("refuses a bad port variable, naming it", async () => {
    const started = spawnStart({ DOCS_PORT: "eighty" });
    expect(await started.exited).toBe(2);
    expect(started.output()).toContain('DOCS_PORT must be a port number (0-65535), got "eighty"');
  });
});
