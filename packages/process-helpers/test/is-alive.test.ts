import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { isAlive, killProcessGroup } from "../src/index.js";

describe("isAlive", () => {
  it("is true for this process and for init (pid 1, whoever owns it)", () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(1)).toBe(true);
  });

  it("is false once a child has exited and been reaped", async () => {
    const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    await once(child, "exit");
    expect(isAlive(child.pid as number)).toBe(false);
  });

  it("with a negative pid, tells whether a process group still exists", async () => {
    const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1 << 30)"], {
      stdio: "ignore",
      detached: true,
    });
    const exited = once(child, "exit");
    try {
      expect(isAlive(-(child.pid as number))).toBe(true);
    } finally {
      killProcessGroup(child, "SIGKILL");
    }
    await exited;
    expect(isAlive(-(child.pid as number))).toBe(false);
  });
});
