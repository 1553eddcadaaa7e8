// The bin's flags, through runCli (what bin/backup-api-emulator.cjs calls) on a real port: time a test controls
// over HTTP, and options named with their bad value.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type RunningEmulatorServer, runCli } from "../../src/node.js";

let running: RunningEmulatorServer | undefined;
let printed: string[] = [];
beforeEach(() => {
  printed = [];
  vi.spyOn(console, "log").mockImplementation((line: unknown) => void printed.push(String(line)));
});
afterEach(async () => {
  await running?.close();
  running = undefined;
  vi.restoreAllMocks();
});

const get = async (url: string) => (await fetch(url, { headers: { authorization: "Bearer t" } })).json();

describe("backup-api-emulator's flags", () => {
  it("--now and --manual-clock: the seed ends at that time, and time moves only when a test says so", async () => {
    running = await runCli(["--port", "0", "--now", "2026-06-01T00:00:00Z", "--manual-clock"]);
    const url = running!.url;
    expect(await get(`${url}/_emulator/clock`)).toEqual({ now: "2026-06-01T00:00:00.000Z", manual: true });
    expect(printed.join("\n")).toContain("clock:      manual, at 2026-06-01T00:00:00.000Z");

    const folder = running!.emulator.describe().folders.find((candidate) => !candidate.forbidden && candidate.backups)!;
    const { backups } = await get(`${url}/backup/v1/backups?folderId=${folder.id}&pageSize=1`);
    const newest = Date.parse(backups[0].createdAt);
    expect(newest).toBeLessThan(Date.parse("2026-06-01T00:00:00Z"));
    expect(newest).toBeGreaterThan(Date.parse("2026-05-01T00:00:00Z"));

    const advanced = await fetch(`${url}/_emulator/clock/advance`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ms: 7 * 24 * 3600 * 1000 }),
    });
    expect(await advanced.json()).toEqual({ now: "2026-06-08T00:00:00.000Z", manual: true });
  });

  it("--registration-ms: how long an agent takes to register a machine; a bad value is named", async () => {
    running = await runCli(["--port", "0", "--manual-clock", "--registration-ms", "1000"]);
    const folder = running!.emulator.describe().folders[0]!;
    const registration = running!.emulator.agents.register({ folderId: folder.id, kind: "COMPUTE" });
    running!.emulator.clock.advance(1_000);
    const { resource } = await get(`${running!.url}/backup/v1/resources/${registration.computeInstanceId}`);
    expect(resource.initStatus).toBe("REGISTRED");
    await expect(runCli(["--port", "0", "--registration-ms", "soon"])).rejects.toThrow(
      '--registration-ms must be a whole number, got "soon"',
    );
  });

  it("without --manual-clock the clock runs from --now", async () => {
    running = await runCli(["--port", "0", "--now", "2026-06-01T00:00:00Z"]);
    const { now, manual } = await get(`${running!.url}/_emulator/clock`);
    expect(manual).toBe(false);
    expect(Date.parse(now)).toBeGreaterThanOrEqual(Date.parse("2026-06-01T00:00:00Z"));
    expect(Date.parse(now)).toBeLessThan(Date.parse("2026-06-02T00:00:00Z"));
  });

  it.each(["yesterday", "2026", "Nov 1 2026", "2026-06-01T00:00:00"])(
    "names a bad --now and its value: %s",
    async (text) => {
      await expect(runCli(["--port", "0", "--now", text])).rejects.toThrow(
        `--now must be an RFC 3339 time such as 2026-11-01T00:00:00Z, got ${JSON.stringify(text)}`,
      );
    },
  );
});
