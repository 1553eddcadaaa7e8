// The README's curl sessions (the ```sh blocks that start with `API=http://127.0.0.1:4020`) run as written, in
// bash, against the real bin on a free port with its clock stopped at the seed's time: every curl must answer
// below 400 and the session must end with status 0. curl itself is stood in for by ./curl-shim/curl, on PATH
// first, so the test needs only Node.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { spawnServer, stopProcessGroup } from "@backup-api/process-helpers";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEED_NOW } from "../../src/index.js";

const run = promisify(execFile);
const readme = readFileSync(fileURLToPath(new URL("../../README.md", import.meta.url)), "utf8");
const bin = fileURLToPath(new URL("../../bin/backup-api-emulator.cjs", import.meta.url));
const shimDirectory = fileURLToPath(new URL("./curl-shim", import.meta.url));
const README_API = "API=http://127.0.0.1:4020";

const sessions = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
  .map((match) => match[1]!)
  .filter((block) => block.startsWith(README_API));

/** What a session's comments promise, checked in its output (by a line the session contains). */
const PROMISES: Record<string, RegExp[]> = {
  "policies/cbq4b3pk9ifi97nbftpi:apply": [
    /"done":true/,
    /"backups":\[\{[^\]]*"createdAt":"2026-11-01T03:00:00.000Z"/,
    /"type":"FULL"/,
    /"lastBackupTime":"2026-11-01T03:00:00.000Z","nextBackupTime":"2026-11-02T03:00:00.000Z"/,
    /"tasks":\[\{[^}]*"type":"BACKUP".*"type":"APPLY_POLICY"/,
  ],
  "_emulator/agents/register": [/"initStatus":"REGISTERING"/, /"initStatus":"REGISTRED"/],
};

describe("README curl sessions", () => {
  it("has sessions to run", () => {
    expect(sessions.length).toBeGreaterThanOrEqual(2);
  });

  it.each(sessions.map((session) => [session.split("\n")[1]!, session]))(
    "runs the session starting %s",
    async (_, session) => {
      const { child, url } = await spawnServer({
        command: process.execPath,
        args: [bin, "--port", "0", "--now", DEFAULT_SEED_NOW, "--manual-clock"],
        urlPattern: /Backup API emulator on (http:\/\/\S+)/,
        detached: true,
      });
      try {
        const script = `set -euo pipefail\n${session.replace(README_API, `API=${url}`)}`;
        const { stdout } = await run("bash", ["-c", script], {
          env: { ...process.env, PATH: `${shimDirectory}:${process.env.PATH}` },
        });
        expect(stdout).not.toBe("");
        for (const [line, promises] of Object.entries(PROMISES)) {
          if (session.includes(line)) for (const promise of promises) expect(stdout).toMatch(promise);
        }
      } finally {
        await stopProcessGroup(child);
      }
    },
    30_000,
  );
});
