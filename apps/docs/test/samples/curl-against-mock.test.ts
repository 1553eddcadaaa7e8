// The curl samples shown in the docs, run for real with bash + curl against the Prism mock of the same spec.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { startMock, type RunningMock } from "@backup-api/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOperations } from "@backup-api/spec-walker";
import { RENDERED_SPEC } from "../support/paths.js";

const rendered = JSON.parse(readFileSync(RENDERED_SPEC, "utf8"));
const operations = listOperations(rendered);
// every host the spec names, read from its servers: each sample is pointed at the mock instead
const hosts = [...new Set(operations.flatMap((op) => op.servers.map((server) => server.url)))];

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock?.stop();
});

describe("every curl sample of the docs", () => {
  it.each(operations.map((o) => [o.operationId, o] as const))("%s runs against the mock", (_, op) => {
    const sample = op.operation["x-codeSamples"].find((s: { lang: string }) => s.lang === "curl").source as string;
    // run as shown: nothing but bash and curl (no uuidgen, no helper defined first)
    const script = `${hosts.reduce((text, host) => text.replaceAll(host, mock.url), sample)} -sS -w '\\n%{http_code}'`;
    const out = execFileSync("bash", ["-c", script], {
      env: { ...process.env, IAM_TOKEN: "t1.docs-sample-token" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const status = out.slice(out.lastIndexOf("\n") + 1);
    expect(status, out).toBe("200");
    expect(JSON.parse(out.slice(0, out.lastIndexOf("\n")))).toBeTypeOf("object");
  });
});
