// Which Chromium the browser tests use, and what they say when there is none: how to point them at one.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { chromiumPlan, DEFAULT_CHROMIUM } from "../../scripts/lib/chromium-location.mjs";

const ENSURE = fileURLToPath(new URL("../../scripts/ensure-chromium.mjs", import.meta.url));
const onDisk =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe("where the browser tests get Chromium", () => {
  it("uses CHROMIUM_PATH when it names a file, else Debian's /usr/bin/chromium", () => {
    expect(
      chromiumPlan({
        env: { CHROMIUM_PATH: "/opt/chrome/chrome" },
        platform: "linux",
        uid: 1000,
        exists: onDisk("/opt/chrome/chrome"),
      }),
    ).toEqual({
      action: "use",
      path: "/opt/chrome/chrome",
    });
    expect(chromiumPlan({ env: {}, platform: "linux", uid: 1000, exists: onDisk(DEFAULT_CHROMIUM) })).toEqual({
      action: "use",
      path: DEFAULT_CHROMIUM,
    });
  });

  it("installs Debian's Chromium with apt only as root on Debian", () => {
    expect(chromiumPlan({ env: {}, platform: "linux", uid: 0, exists: onDisk("/usr/bin/apt-get") })).toEqual({
      action: "install-with-apt",
      path: DEFAULT_CHROMIUM,
    });
  });

  it("as a non-root user on Debian, says how to point at a browser it found, or to install one with sudo", () => {
    const plan = chromiumPlan({
      env: {},
      platform: "linux",
      uid: 1000,
      exists: onDisk("/usr/bin/apt-get", "/usr/bin/google-chrome"),
    });
    expect(plan.action).toBe("fail");
    const message = (plan as { message: string }).message;
    expect(message).toContain("No Chromium at /usr/bin/chromium for the browser tests.");
    expect(message).toContain("CHROMIUM_PATH=/usr/bin/google-chrome pnpm test");
    expect(message).toContain("Found on this machine: /usr/bin/google-chrome");
    expect(message).toContain("sudo apt-get update && sudo apt-get install -y chromium");
  });

  it("off Debian (macOS), suggests the Chrome it found, quoted for the shell", () => {
    const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    const plan = chromiumPlan({ env: {}, platform: "darwin", uid: 501, exists: onDisk(chrome) });
    const message = (plan as { message: string }).message;
    expect(message).toContain("(pnpm test installs it only on Debian, with apt)");
    expect(message).toContain(`CHROMIUM_PATH='${chrome}' pnpm test`);
    expect(message).not.toContain("apt-get install");
  });

  it("when nothing is found, still says how to set CHROMIUM_PATH", () => {
    const plan = chromiumPlan({ env: {}, platform: "win32", uid: undefined, exists: onDisk() });
    expect((plan as { message: string }).message).toContain("CHROMIUM_PATH=/path/to/chromium pnpm test");
    expect((plan as { message: string }).message).toContain("None found in the usual places on this machine.");
  });

  it("a CHROMIUM_PATH that names no file fails, naming it, and never falls back to apt", () => {
    const plan = chromiumPlan({
      env: { CHROMIUM_PATH: "/opt/nope" },
      platform: "linux",
      uid: 0,
      exists: onDisk("/usr/bin/apt-get"),
    });
    expect(plan).toEqual({
      action: "fail",
      message: expect.stringContaining('CHROMIUM_PATH is "/opt/nope", but there is no file there.'),
    });
  });

  it("ensure-chromium.mjs exits 1 with that message (a real run)", () => {
    const run = spawnSync(process.execPath, [ENSURE], {
      env: { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium" },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('CHROMIUM_PATH is "/nonexistent/chromium", but there is no file there.');
    expect(run.stderr).toContain("Point the tests at a Chromium or Chrome you have: CHROMIUM_PATH=");
  });
});
