// Two `pnpm start` at once, each stopped with Ctrl-C the way a terminal sends it: SIGINT to its whole process
// group (pnpm, and main.mjs that pnpm hands over to).
import { readFileSync } from "node:fs";
import { freePort, isAlive } from "@backup-api/process-helpers";
import { describe, expect, it } from "vitest";
import { interrupt, isGroupAlive, isPortFree, spawnPnpmStart, waitForOutput, type Started } from "./support.js";

interface Served {
  docsPort: number;
  mockUrl: string;
  mockPort: number;
  prismPid: number;
  emulatorUrl: string;
  emulatorPort: number;
}

/** The URLs an instance printed, read from its banner. */
function servedBy(started: Started): Served {
  const out = started.output();
  const docs = /API docs {3}http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
  const mock = /Mock API {3}(http:\/\/127\.0\.0\.1:(\d+)) {3}\(Prism, pid (\d+)\)/.exec(out);
  const emulator = /Emulator {3}(http:\/\/127\.0\.0\.1:(\d+))/.exec(out);
  if (!docs || !mock || !emulator) throw new Error(`no URLs in the banner:\n${out}`);
  return {
    docsPort: Number(docs[1]),
    mockUrl: mock[1]!,
    mockPort: Number(mock[2]),
    prismPid: Number(mock[3]),
    emulatorUrl: emulator[1]!,
    emulatorPort: Number(emulator[2]),
  };
}

/** Every printed URL answers, from a server of this instance (checked by the caller stopping the other one first). */
async function expectAnswers(served: Served): Promise<void> {
  expect((await fetch(`http://127.0.0.1:${served.docsPort}/`)).status).toBe(200);
  const backup = await fetch(
    `${served.mockUrl}/backup/v1/backups/a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10?folderId=b1g0ijbfaqsn12345678`,
    {
      headers: { authorization: "Bearer test" },
    },
  );
  expect(backup.status).toBe(200);
  expect((await fetch(`${served.emulatorUrl}/_emulator`)).status).toBe(200);
}

/** Ctrl-C, then: exit 0, no pnpm error banner, no process of the group nor its Prism left, every port free. */
async function expectCleanInterrupt(started: Started, served: Served): Promise<void> {
  interrupt(started);
  expect(await started.exited, started.output()).toBe(0);
  expect(started.child.signalCode).toBeNull();
  expect(started.output()).not.toMatch(/ELIFECYCLE|ERR_PNPM|Command failed/);
  expect(isGroupAlive(started.child.pid as number), "a process of the group outlived pnpm start").toBe(false);
  expect(isAlive(served.prismPid), "Prism outlived pnpm start").toBe(false);
  for (const port of [served.docsPort, served.mockPort, served.emulatorPort]) {
    expect(await isPortFree(port), `port ${port} is still taken`).toBe(true);
  }
}

describe("two `pnpm start` at once", () => {
  it("the second prints only URLs it serves itself, and Ctrl-C ends each with exit 0, no banner, nothing left running", async () => {
    // Both ask for the same ports, as two plain `pnpm start` ask for 8080, 4010 and 4020.
    const ports = {
      DOCS_PORT: String(await freePort()),
      MOCK_PORT: String(await freePort()),
      EMULATOR_PORT: String(await freePort()),
    };
    const first = spawnPnpmStart(ports);
    await waitForOutput(first, /Ctrl-C stops all three/);
    const servedByFirst = servedBy(first);
    expect(servedByFirst.mockPort).toBe(Number(ports.MOCK_PORT));

    const second = spawnPnpmStart(ports);
    await waitForOutput(second, /Ctrl-C stops all three/);
    const servedBySecond = servedBy(second);
    // Every port it asked for was taken: it moved each server, and says so.
    expect(servedBySecond.docsPort).not.toBe(servedByFirst.docsPort);
    expect(servedBySecond.mockPort, "the second printed the first one's Prism as its own").not.toBe(
      servedByFirst.mockPort,
    );
    expect(servedBySecond.emulatorPort).not.toBe(servedByFirst.emulatorPort);
    expect(isAlive(servedBySecond.prismPid), "the second printed the pid of a Prism that is not running").toBe(true);

    // Stop the first: whatever the second printed must still answer, so it was the second's own.
    await expectCleanInterrupt(first, servedByFirst);
    await expectAnswers(servedBySecond);
    await expectCleanInterrupt(second, servedBySecond);
  });

  it("the root `pnpm start` hands over to main.mjs with exec after its build, as this package's start script does", () => {
    // Without exec, the shell pnpm runs the script in (dash on Debian) sits between pnpm and main.mjs, dies of
    // the Ctrl-C it received even though main.mjs exits 0, and pnpm prints ELIFECYCLE. The test above runs
    // this package's script; this keeps the root's on the same hand-over.
    const scripts = (path: string) =>
      (JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts("../../../package.json").start).toMatch(
      /^turbo run build --filter=@backup-api\/start\.\.\. .*&& exec node apps\/start\/src\/main\.mjs$/,
    );
    expect(scripts("../package.json").start).toBe("exec node src/main.mjs");
  });
});
