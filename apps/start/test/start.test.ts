import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { freePort, isAlive } from "@backup-api/process-helpers";
import { describe, expect, it } from "vitest";
import { isPortFree, spawnStart, waitForOutput } from "./support.js";

// Not execFileSync: a blocked event loop cannot see a kept-alive socket closed by the server's idle timeout while
// the command runs, and the next fetch reuses that dead socket ("other side closed", seen on a loaded machine).
const run = promisify(execFile);

describe("pnpm start (src/main.mjs)", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "serves the docs, the mock and the emulator, prints their URLs and working curls, and on %s stops all three (no orphan Prism)",
    async (signal) => {
      const [docsPort, mockPort, emulatorPort] = [await freePort(), await freePort(), await freePort()];
      const started = spawnStart({
        DOCS_PORT: String(docsPort),
        MOCK_PORT: String(mockPort),
        EMULATOR_PORT: String(emulatorPort),
      });
      await waitForOutput(started, /Ctrl-C stops all three/);
      const out = started.output();
      expect(out).toContain(`API docs   http://127.0.0.1:${docsPort}/`);
      expect(out).toContain(`Mock API   http://127.0.0.1:${mockPort}`);
      const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
      expect(out).toContain(`Emulator   ${emulatorUrl}   (stateful: use it as baseUrl)`);
      const prismPid = Number(/Prism, pid (\d+)/.exec(out)![1]);
      expect(isAlive(prismPid)).toBe(true);

      const page = await fetch(`http://127.0.0.1:${docsPort}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toBe("text/html;charset=utf-8");
      expect(await page.text()).toContain("Cloud Backup API");

      // The printed curl line, run as printed.
      const curl = /^\s*(curl -s -H 'Authorization: Bearer test' '[^']+')$/m.exec(out)![1]!;
      const { stdout: body } = await run("bash", ["-c", `${curl} -w '\\n%{http_code}'`], { encoding: "utf8" });
      expect(body.slice(body.lastIndexOf("\n") + 1)).toBe("200");
      expect(JSON.parse(body.slice(0, body.lastIndexOf("\n")))).toMatchObject({ id: expect.any(String) });

      // The emulator answers: its control API, and a list of the folder the walkthrough names.
      expect((await fetch(`${emulatorUrl}/_emulator`)).status).toBe(200);
      const folderId = /folderId=(\w+)/.exec(out.slice(out.indexOf("Try the emulator:")))![1]!;
      const list = await fetch(`${emulatorUrl}/backup/v1/backups?folderId=${folderId}&pageSize=5`, {
        headers: { authorization: "Bearer test" },
      });
      expect(list.status).toBe(200);
      expect(((await list.json()) as { backups: unknown[] }).backups).toHaveLength(5);

      // The whole walkthrough, run as printed, starts a recovery that the emulator then holds (running or,
      // on a slow machine, already done: the snapshot has both).
      const walkthrough = /Try the emulator:\n([\s\S]+?)\n\n/.exec(out)![1]!;
      await run("bash", ["-e", "-c", walkthrough], { encoding: "utf8" });
      const snapshot = (await (await fetch(`${emulatorUrl}/_emulator/snapshot`)).json()) as {
        operations: Array<{ kind: string }>;
      };
      expect(snapshot.operations.map((operation) => operation.kind)).toEqual(["recovery"]);

      started.child.kill(signal);
      expect(await started.exited).toBe(0);
      expect(isAlive(prismPid), "Prism outlived pnpm start").toBe(false);
      await expect(fetch(`http://127.0.0.1:${docsPort}/`)).rejects.toThrow();
      await expect(fetch(`http://127.0.0.1:${mockPort}/`)).rejects.toThrow();
      expect(await isPortFree(emulatorPort), "the emulator's port is still taken").toBe(true);
    },
  );

  it("takes the next free port when the docs port is busy, and a free port when the mock or emulator port is busy", async () => {
    const { createServer } = await import("node:net");
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", () => r()));
    const busyPort = (busy.address() as { port: number }).port;
    const started = spawnStart({
      DOCS_PORT: String(busyPort),
      MOCK_PORT: String(busyPort),
      EMULATOR_PORT: String(busyPort),
    });
    try {
      const [, docsPort] = await waitForOutput(started, /API docs {3}http:\/\/127\.0\.0\.1:(\d+)\//);
      const [, mockPort] = await waitForOutput(started, /Mock API {3}http:\/\/127\.0\.0\.1:(\d+)/);
      const [, emulatorPort] = await waitForOutput(started, /Emulator {3}http:\/\/127\.0\.0\.1:(\d+)/);
      expect(Number(docsPort)).toBeGreaterThan(busyPort);
      expect(Number(mockPort)).not.toBe(busyPort);
      expect(Number(emulatorPort)).not.toBe(busyPort);
      expect((await fetch(`http://127.0.0.1:${docsPort}/`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${emulatorPort}/_emulator`)).status).toBe(200);
      started.child.kill("SIGTERM");
      expect(await started.exited).toBe(0);
    } finally {
      busy.close();
    }
  });

  it("refuses a bad port variable, naming it", async () => {
    const started = spawnStart({ DOCS_PORT: "0x10" });
    expect(await started.exited).toBe(2);
    expect(started.output()).toContain('DOCS_PORT must be a whole number from 0 to 65535, got "0x10"');
  });
});
