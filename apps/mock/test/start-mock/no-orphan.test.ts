// Prism must not outlive whoever started it, even when that process dies without running any cleanup.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { isAlive } from "@backup-api/process-helpers";
import { describe, expect, it } from "vitest";

const DIST = fileURLToPath(new URL("../../dist/index.js", import.meta.url));

describe("no orphan Prism", () => {
  it("Prism exits when the process that started it is killed with SIGKILL", async () => {
    const script = `import { startMock } from ${JSON.stringify(DIST)};
const mock = await startMock();
console.log("PRISM " + mock.pid);`;
    const parent = spawn(process.execPath, ["--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const prismPid = await new Promise<number>((resolve, reject) => {
      let out = "";
      parent.stdout.setEncoding("utf8").on("data", (c: string) => {
        out += c;
        const match = /PRISM (\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      parent.once("exit", () => reject(new Error(`parent exited first: ${out}`)));
    });
    expect(isAlive(prismPid)).toBe(true);

    parent.kill("SIGKILL"); // no exit hook, no stop(): only the watchdog can save us
    const deadline = Date.now() + 10_000;
    while (isAlive(prismPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const alive = isAlive(prismPid);
    if (alive) process.kill(prismPid, "SIGKILL");
    expect(alive).toBe(false);
  });
});
