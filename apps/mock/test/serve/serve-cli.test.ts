import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort, isAlive } from "@backup-api/process-helpers";
import { describe, expect, it } from "vitest";

const SERVE = fileURLToPath(new URL("../../dist/serve.js", import.meta.url));

/** Resolves when the output so far matches, checked on each chunk as it arrives; rejects if the child exits first. */
function outputMatching(child: ChildProcess, output: () => string, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!pattern.test(output())) return;
      child.stdout?.off("data", check);
      resolve();
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => reject(new Error(`exited (${code}) before printing ${pattern}:\n${output()}`)));
    check();
  });
}

describe("the start/serve script (dist/serve.js)", () => {
  it("serves on $PORT, prints the URL and a curl, and stops Prism on SIGTERM", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [SERVE], { env: { ...process.env, PORT: String(port) } });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (out += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (out += c));
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    try {
      // The curl line is printed last: once it is in, the whole banner is.
      await outputMatching(child, () => out, /Try: curl .*\n/);
      expect(out).toContain(`listening on http://127.0.0.1:${port}`);
      const curl = /Try: (curl .*)/.exec(out)?.[1];
      expect(curl).toContain(`http://127.0.0.1:${port}/backup/v1/backups/`);
      const prismPid = Number(/pid (\d+)/.exec(out)![1]);
      const res = await fetch(`http://127.0.0.1:${port}/backup/v1/backups/b1?folderId=f1`, {
        headers: { authorization: "Bearer test" },
      });
      expect(res.status).toBe(200);
      expect(out, "nothing probes the port: no request is logged").not.toContain("__backup_api_mock_ready__");

      child.kill("SIGTERM");
      expect(await exited).toBe(143);
      expect(isAlive(prismPid)).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });

  it("refuses a PORT that is not a number, naming the variable", async () => {
    const child = spawn(process.execPath, [SERVE], { env: { ...process.env, PORT: "http" } });
    let err = "";
    child.stderr.setEncoding("utf8").on("data", (c: string) => (err += c));
    const code = await new Promise<number | null>((r) => child.once("exit", (c) => r(c)));
    expect(code).toBe(2);
    expect(err).toContain('PORT must be a non-negative integer, got "http"');
  });
});
