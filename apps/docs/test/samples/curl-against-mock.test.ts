// The curl samples shown in the docs, run for real with bash + curl against the Prism mock of the same spec.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { startMock, type RunningMock } from "@backup-api/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOperations } from "../../scripts/lib/spec-operations.mjs";
import { RENDERED_SPEC } from "../support/paths.js";

const rendered = JSON.parse(readFileSync(RENDERED_SPEC, "utf8"));
const HOSTS = /https:\/\/(backup\.api\.cloud\.yandex\.net|backup\.api\.yandexcloud\.kz|operation\.api\.cloud\.yandex\.net)/g;

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock?.stop();
});

describe("every curl sample of the docs", () => {
  it.each(listOperations(rendered).map((o) => [o.operationId, o] as const))("%s runs against the mock", (_, op) => {
    const sample = op.operation["x-codeSamples"].find((s: { lang: string }) => s.lang === "curl").source as string;
    const script = [
      // uuidgen is in util-linux on most systems but not on a bare Debian image.
      "if ! command -v uuidgen >/dev/null; then uuidgen() { cat /proc/sys/kernel/random/uuid; }; fi",
      `${sample.replace(HOSTS, mock.url)} -sS -w '\\n%{http_code}'`,
    ].join("\n");
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
