// Starts the servers of this vitest project's target for the whole run and hands the target to the tests
// through vitest's provide/inject. See src/target.ts for the targets.
import { startMock } from "@backup-api/mock";
import type { TestProject } from "vitest/node";
import { startEmulatorTarget } from "./emulator-target.js";
import { MOCK_IDS } from "./fixture-ids.js";
import { externalTarget, type Target, type TargetKind } from "./target.js";

const ONLY_AN_EMULATOR =
  "the Prism mock answers from examples and keeps no state: stateful scenarios need the emulator";
const ONLY_PRISM_MOCK = "errors on cue (Prefer: code=…) are a feature of the Prism mock";

export default async function setup(project: TestProject) {
  const kind = project.name as TargetKind;
  const common = { iamToken: "contract-test-token", skipReason: "", readOnlyReason: "" };

  if (kind === "mock") {
    const external = externalTarget(process.env, MOCK_IDS);
    if (external) {
      console.log(
        `contract target: ${external.baseUrl}${external.skipReason ? `; server tests skipped: ${external.skipReason}` : ""}`,
      );
      project.provide("target", external);
      return;
    }
    const mock = await startMock();
    const target: Target = {
      ...common,
      kind,
      baseUrl: mock.url,
      operationsBaseUrl: mock.url,
      ids: MOCK_IDS,
      emulatorUrl: "",
      preferReason: "",
      statefulReason: ONLY_AN_EMULATOR,
    };
    project.provide("target", target);
    return () => mock.stop();
  }

  const { running, ids } = await startEmulatorTarget();
  const emulatorTarget = {
    ...common,
    ids,
    emulatorUrl: running.url,
    preferReason: ONLY_PRISM_MOCK,
    statefulReason: "",
  };
  if (kind === "emulator") {
    project.provide("target", { ...emulatorTarget, kind, baseUrl: running.url, operationsBaseUrl: running.url });
    return () => running.close();
  }
  if (kind === "emulator-via-prism-proxy") {
    const proxy = await startMock({ upstreamUrl: running.url });
    project.provide("target", { ...emulatorTarget, kind, baseUrl: proxy.url, operationsBaseUrl: proxy.url });
    return async () => {
      await proxy.stop();
      await running.close();
    };
  }
  throw new Error(
    `contract-tests: unknown vitest project ${project.name} (expected mock, emulator or emulator-via-prism-proxy)`,
  );
}
