// The core really runs where the README says: the built ESM emulator, bundled for the browser with the client,
// in a real Chromium page and in a module Web Worker, with no server behind it. Debian's Chromium (`pnpm test`
// installs it); set CHROMIUM_PATH to use another.
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const distIndex = fileURLToPath(new URL("../../dist/index.js", import.meta.url));

// What the page and the worker run: a list, a recovery, the manual clock, the finished operation; then the
// lifecycle: a provider activated, a seeded policy executed on an instance it is applied to, its backup and task.
const SCENARIO = `
import { createEmulator, DEFAULT_SEED_NOW } from "${distIndex}";
import { createBackupClient } from "@backup-api/client";
export async function scenario() {
  const emulator = createEmulator({ clock: { manual: true, startAt: DEFAULT_SEED_NOW } });
  const client = createBackupClient({ iamToken: "t", baseUrl: "http://emulator.test", fetch: emulator.fetch, maxRetries: 0 });
  const [folder, otherFolder] = emulator.describe().folders;
  const page = await client.backups.list({ folderId: folder.id, pageSize: 5 });
  const backup = page.backups[0];
  const operation = await client.backups.startRecovery({ backupId: backup.id, computeInstanceId: backup.computeInstanceId });
  emulator.clock.advance(5000);
  const done = await client.operations.get(operation.id);
  const invalid = await emulator.fetch("http://emulator.test/backup/v1/backups?folderId=x&pageSize=5000", { headers: { authorization: "Bearer t" } });

  const activation = await client.providers.activate({ name: "cyberprotect", folderId: otherFolder.id, skipDefaultPolicy: true });
  emulator.clock.advance(5000);
  await client.operations.get(activation.id);
  const activated = await client.providers.listActivated({ folderId: otherFolder.id });
  const { policies } = await client.policies.list({ folderId: folder.id });
  const applied = [];
  for (const policy of policies) applied.push(...(await client.policies.listApplications({ policyId: policy.id })).applications);
  const { policyId, computeInstanceId } = applied[0];
  const before = await client.backups.list({ instancePolicy: { computeInstanceId, policyId } });
  const execution = await client.policies.execute({ policyId, computeInstanceId });
  emulator.clock.advance(5000);
  const executed = await client.operations.get(execution.id);
  const after = await client.backups.list({ instancePolicy: { computeInstanceId, policyId } });
  const { tasks } = await client.resources.listTasks({ computeInstanceId, pageSize: 1 });
  return {
    listed: page.backups.length,
    hasToken: Boolean(page.nextPageToken),
    done: done.done,
    invalid: invalid.status,
    activated: activated.names,
    executed: executed.done && !executed.error,
    backupsMade: after.backups.length - before.backups.length,
    newestTask: tasks[0].type,
  };
}
`;

let server: Server;
let browser: Browser | undefined;
let origin: string;

beforeAll(async () => {
  const bundle = await build({
    stdin: {
      contents: `${SCENARIO}\nif (typeof WorkerGlobalScope !== "undefined") scenario().then((result) => postMessage(result), (error) => postMessage({ error: String(error) }));`,
      resolveDir: fileURLToPath(new URL(".", import.meta.url)),
      loader: "js",
    },
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]!.text;
  server = createServer((request, response) => {
    if (request.url === "/")
      return response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>emulator</title>");
    if (request.url === "/scenario.js")
      return response.writeHead(200, { "content-type": "text/javascript" }).end(script);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (existsSync(CHROMIUM)) {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const expected = {
  listed: 5,
  hasToken: true,
  done: true,
  invalid: 400,
  activated: ["cyberprotect"],
  executed: true,
  backupsMade: 1,
  newestTask: "BACKUP",
};

describe.skipIf(!existsSync(CHROMIUM))("in a real browser (Chromium)", () => {
  it("runs in a page", async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(origin);
    // A string, not a function: vitest would rewrite an import() inside a function for Node.
    const result = await page.evaluate('import("/scenario.js").then((module) => module.scenario())');
    expect(errors).toEqual([]);
    expect(result).toEqual(expected);
  });

  it("runs in a module Web Worker", async () => {
    const page = await browser!.newPage();
    await page.goto(origin);
    const result = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const worker = new Worker("/scenario.js", { type: "module" });
          worker.onmessage = (event) => resolve(event.data);
          worker.onerror = (event) => resolve({ error: event.message });
        }),
    );
    expect(result).toEqual(expected);
  });
});
