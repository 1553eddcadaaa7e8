import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it, onTestFinished } from "vitest";
import { isAlive, killProcessGroup, spawnServer, stopProcessGroup } from "../src/index.js";
import { fixture } from "./support.js";

/** group-leader.mjs in a group of its own, once its grandchild is ready; killed with its group when the test ends. */
async function startGroup() {
  const started = await spawnServer({
    command: process.execPath,
    args: [fixture("group-leader.mjs")],
    urlPattern: /grandchild (\d+) ready/,
    detached: true,
  });
  onTestFinished(() => void killProcessGroup(started.child, "SIGKILL"));
  return { ...started, grandchildPid: Number(started.url) };
}

describe("killProcessGroup", () => {
  it("signals every process of the group: the grandchild gets it too", async () => {
    const { child, output, grandchildPid } = await startGroup();
    expect(isAlive(grandchildPid)).toBe(true);
    const closed = once(child, "close");
    expect(killProcessGroup(child, "SIGTERM")).toBe(true);
    // The pipe closes only once the leader and the grandchild (which shares it) are both gone.
    await closed;
    expect(child.signalCode).toBe("SIGTERM");
    expect(output()).toContain("grandchild got SIGTERM");
  });

  it("takes a pid as well as a child", async () => {
    const { child, output } = await startGroup();
    const closed = once(child, "close");
    expect(killProcessGroup(child.pid as number)).toBe(true);
    await closed;
    expect(output()).toContain("grandchild got SIGTERM");
  });

  it("signals a child that leads no group alone, and this process (in the test's group) goes on", async () => {
    const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1 << 30)"], { stdio: "ignore" });
    onTestFinished(() => void child.kill("SIGKILL"));
    const exited = once(child, "exit");
    expect(killProcessGroup(child, "SIGTERM")).toBe(true);
    expect(await exited).toEqual([null, "SIGTERM"]);
  });

  it("tolerates a process that is already gone", async () => {
    const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore", detached: true });
    await once(child, "exit");
    expect(killProcessGroup(child)).toBe(false);
    expect(killProcessGroup(child.pid as number, "SIGKILL")).toBe(false);
  });
});

describe("stopProcessGroup", () => {
  it("sends SIGTERM to the group and resolves once the child has exited", async () => {
    const { child, output } = await startGroup();
    const closed = once(child, "close");
    await stopProcessGroup(child);
    expect(child.signalCode).toBe("SIGTERM");
    await closed;
    expect(output()).toContain("grandchild got SIGTERM");
  });

  it("sends the signal it is given", async () => {
    const { child } = await startGroup();
    await stopProcessGroup(child, "SIGINT");
    expect(child.signalCode).toBe("SIGINT");
  });

  it("with killAfterMs, sends SIGKILL to a child that ignores the signal", async () => {
    const { child, output } = await spawnServer({
      command: process.execPath,
      args: [fixture("ignores-sigterm.mjs")],
      urlPattern: /(ready)/,
      detached: true,
    });
    onTestFinished(() => void killProcessGroup(child, "SIGKILL"));
    const closed = once(child, "close");
    await stopProcessGroup(child, "SIGTERM", { killAfterMs: 200 });
    expect(child.signalCode).toBe("SIGKILL");
    await closed;
    expect(output()).toContain("ignoring SIGTERM");
  });

  it("resolves at once for a child that has already exited, and twice for one it stops", async () => {
    const gone = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    await once(gone, "exit");
    await expect(stopProcessGroup(gone)).resolves.toBeUndefined();

    const { child } = await startGroup();
    await Promise.all([stopProcessGroup(child), stopProcessGroup(child)]);
    expect(child.signalCode).toBe("SIGTERM");
    await expect(stopProcessGroup(child)).resolves.toBeUndefined();
  });
});
