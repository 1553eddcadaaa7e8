// The guide's curl flow (samples/guides/automate-end-to-end.sh), run for real as the page shows it: the whole
// file in one bash, against the Prism mock, with every call counted and its answer kept.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { policySettings } from "@backup-api/client";
import { startMock, type RunningMock } from "@backup-api/mock";
import { listOperations } from "@backup-api/spec-walker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledSpec, GUIDE_SAMPLES } from "../support/paths.js";

const script = readFileSync(join(GUIDE_SAMPLES, "automate-end-to-end.sh"), "utf8");
const lines = script.split("\n");
// every host the spec names: the script's are replaced by the mock's
const hosts = [...new Set(listOperations(bundledSpec()).flatMap((op) => op.servers.map((server) => server.url)))];
/** The line numbers (0-based) of the script's calls, in order. */
const calls = lines.flatMap((line, index) => (/^curl /.test(line) ? [index] : []));

let mock: RunningMock;
let out: string;
let statuses: string[];
beforeAll(async () => {
  mock = await startMock();
  out = mkdtempSync(join(tmpdir(), "guide-curl-"));
  // the script as shown, but each call's answer goes to <n>.json and its status to stdout, one a line
  const counted = [
    `n=0; curl() { n=$((n+1)); command curl -sS -o "${out}/$n.json" -w '%{http_code}\\n' "$@"; }`,
    hosts.reduce((text, host) => text.replaceAll(host, mock.url), script),
  ].join("\n");
  const stdout = execFileSync("bash", ["-c", counted], {
    env: { ...process.env, IAM_TOKEN: "t1.docs-guide-token" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  statuses = stdout.trim().split("\n");
});
afterAll(async () => {
  await mock?.stop();
  if (out) rmSync(out, { recursive: true, force: true });
});

const answer = (call: number) => JSON.parse(readFileSync(join(out, `${call + 1}.json`), "utf8"));

describe("the guide's curl flow", () => {
  it("has a call for each step of the guide", () => {
    for (const url of [
      '"${API}/providers?folderId=${FOLDER_ID}"',
      '"${API}/providers/cyberprotect:activate"',
      '"${OPERATIONS}/${OPERATION_ID}"',
      '"${API}/policies"',
      '"${API}/policies/${POLICY_ID}:apply"',
      '"${API}/policies/${POLICY_ID}:execute"',
      '"${API}/resources/${INSTANCE_ID}"',
      '"${API}/resources/${INSTANCE_ID}/tasks"',
      '"${API}/backups"',
      '"${API}/backups/${BACKUP_ID}:startRecovery"',
      '"${API}/policies/${POLICY_ID}:revoke"',
    ]) {
      expect(
        calls.filter((line) => lines[line]!.includes(` ${url} `)),
        url,
      ).toHaveLength(1);
    }
    expect(calls).toHaveLength(11);
  });

  it("every call, run as shown with bash and curl, answers 200 from the mock with a JSON object", () => {
    expect(statuses).toEqual(calls.map(() => "200"));
    calls.forEach((_, call) => expect(answer(call), lines[calls[call]!]).toBeTypeOf("object"));
  });

  it("each id the script takes from an answer is in an answer before it", () => {
    const taken = lines.flatMap((line, index) => {
      const match = /^(\w+_ID)=(\S+) # /.exec(line);
      return match && calls[0]! < index ? [{ name: match[1]!, value: match[2]!, index }] : [];
    });
    expect(taken.map((id) => id.name)).toEqual(["OPERATION_ID", "POLICY_ID", "BACKUP_ID"]);
    for (const { name, value, index } of taken) {
      const before = calls.filter((line) => line < index).map((_, call) => JSON.stringify(answer(call)));
      expect(
        before.some((body) => body.includes(`"${value}"`)),
        `${name}=${value}`,
      ).toBe(true);
    }
  });

  it("creates the policy the TypeScript program does: the settings policySettings builds for the same choices", () => {
    const create = lines.findIndex((line) => line.startsWith('curl -X POST "${API}/policies" '));
    const body = lines.slice(create + 2, lines.indexOf("EOF", create)).join("\n");
    const program = readFileSync(join(GUIDE_SAMPLES, "automate-end-to-end.ts"), "utf8");
    const choices = '{ schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } }';
    expect(program).toContain(`policySettings(${choices})`);
    expect(JSON.parse(body)).toEqual({
      folderId: "${FOLDER_ID}",
      name: "nightly",
      settings: policySettings({ schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } }),
    });
    expect(program).toContain('name: "nightly"');
  });
});
