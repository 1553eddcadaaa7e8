import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOperations } from "@backup-api/spec-walker";
import { isLocal, openBrowser, type DocsBrowser } from "../support/browser.js";
import { loadGuides } from "../../scripts/lib/guides.mjs";
import { bundledSpec, GUIDE_SAMPLES, GUIDES, PAGE, SAMPLES, TEST_OUTPUT } from "../support/paths.js";

const operations = listOperations(bundledSpec());

/** A heading whose whole text is `text` (Redoc puts an icon-only anchor link inside headings). */
function exactHeading(page: Page, text: string) {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return page
    .locator("h1, h2, h3")
    .filter({ hasText: new RegExp(`^\\s*${escaped}\\s*$`) })
    .first();
}
let browser: DocsBrowser;

beforeAll(async () => {
  browser = await openBrowser();
  await browser.page.goto(pathToFileURL(PAGE).href, { waitUntil: "load" });
});
afterAll(async () => {
  await browser?.close();
});

describe("the docs page in Chromium, offline", () => {
  it("the request blocker is armed: a request to the internet is blocked and recorded", async () => {
    expect(isLocal("https://cdn.redoc.ly/redoc/logo-mini.svg")).toBe(false);
    expect(isLocal("http://127.0.0.1:8080/")).toBe(true);
    expect(browser.blocked, "loading the page itself reached nothing outside").toEqual([]);
    const probe = await browser.context.newPage();
    const failed = await probe.goto("https://example.invalid/").then(
      () => false,
      () => true,
    );
    await probe.close();
    expect(failed).toBe(true);
    expect(browser.blocked).toEqual(["https://example.invalid/"]);
    browser.blocked.length = 0;
  });

  it("shows the introduction", async () => {
    const { page } = browser;
    for (const heading of [
      "Authentication",
      "Regions and hosts",
      "JSON conventions",
      "Long-running operations",
      "Errors",
      "Pagination",
      "Idempotency",
      "Try it locally",
    ]) {
      await expect(exactHeading(page, heading).isVisible(), heading).resolves.toBe(true);
    }
  });

  it("shows the guide, a section of its own: every step, the program's code, the curl lines; its links lead somewhere", async () => {
    const { page } = browser;
    const menu = page.locator("[data-component-name='Menu/MenuItem']");
    await menu.getByText("Automate backups end to end", { exact: true }).first().click();
    await exactHeading(page, "Automate backups end to end").waitFor({ state: "visible", timeout: 10_000 });
    expect(page.url()).toContain("#/section/automate-backups-end-to-end");
    for (const heading of [
      "1. Activate the provider in the folder",
      "2. Create a policy",
      "3. Apply it to the instance",
      "4. Back it up now",
      "5. Watch the instance and its tasks",
      "6. Find the new backup",
      "7. Recover it",
      "8. Revoke the policy",
      "The same flow with curl",
    ]) {
      await expect(exactHeading(page, heading).isVisible(), heading).resolves.toBe(true);
    }
    // the program (samples/guides/automate-end-to-end.ts) and the curl lines (….sh), put in by the build
    for (const code of [
      "client.providers.activate(",
      "client.policies.create(",
      "client.policies.apply(",
      "client.policies.execute(",
      "client.resources.listAllTasks(",
      "client.backups.startRecovery(",
      "client.policies.revoke(",
      'curl -X POST "${API}/policies/${POLICY_ID}:execute"',
    ]) {
      await expect(page.locator("pre", { hasText: code }).first().isVisible(), code).resolves.toBe(true);
    }
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await page.screenshot({ path: join(TEST_OUTPUT, "docs-guide.png") });
    // Redoc routes by `#/section/…`: a plain `#anchor` would land on its "No page at this address"
    const links = loadGuides(GUIDES, GUIDE_SAMPLES).flatMap((guide) =>
      [...guide.matchAll(/\]\((#[^)]*)\)/g)].map((match) => match[1] as string),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const href of new Set(links)) {
      await page.goto(`${pathToFileURL(PAGE).href}${href}`, { waitUntil: "load" });
      await page.locator("h1, h2").first().waitFor({ state: "visible", timeout: 10_000 });
      await expect(page.getByText("No page at this address").count(), href).resolves.toBe(0);
    }
  });

  it.each(
    operations.map((o) => [o.operationId, o.operation.summary as string, o.operation.tags[0] as string] as const),
  )("shows %s by its summary (%s), with its own TypeScript sample", async (operationId, summary, tag) => {
    const { page } = browser;
    // Each tag is its own view: open the operation from the sidebar, as a reader would.
    const menu = page.locator("[data-component-name='Menu/MenuItem']");
    const link = menu.getByText(summary, { exact: true }).first();
    if (!(await link.isVisible())) await menu.getByText(tag, { exact: true }).first().click();
    await link.click({ timeout: 10_000 });
    const heading = exactHeading(page, summary);
    await heading.waitFor({ state: "visible", timeout: 10_000 });
    await expect(heading.isVisible()).resolves.toBe(true);
    const route = `${tag.toLowerCase()}/${operationId.toLowerCase()}`;
    expect(page.url()).toContain(`#/${route}`);
    // the operation's own sample, in its own panel: the first code block of the operation is its TypeScript tab
    const sample = readFileSync(join(SAMPLES, `${operationId}.ts`), "utf8");
    const call = /client\.\w+\.\w+\(/.exec(sample)?.[0];
    expect(call, `${operationId}.ts calls the client`).toBeDefined();
    const code = page.locator(`[id="${route}"] pre`).first();
    await code.waitFor({ state: "visible", timeout: 10_000 });
    const shown = await code.textContent();
    expect(shown).toContain('from "@backup-api/client"');
    expect(shown).toContain(call);
  });

  it("search finds startRecovery", async () => {
    const { page } = browser;
    await page
      .getByText(/^Search/)
      .first()
      .click();
    const input = page.getByPlaceholder("Search docs...");
    await input.waitFor({ state: "visible" });
    await input.fill("startRecovery");
    const hit = page
      .locator("[data-component-name='Search/SearchItem']")
      .filter({ hasText: "Recover a backup onto an instance" });
    await hit.first().waitFor({ state: "visible", timeout: 10_000 });
    await expect(hit.first().textContent()).resolves.toContain("startRecovery");
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await page.screenshot({ path: join(TEST_OUTPUT, "docs-search.png") });
    await page.keyboard.press("Escape");
  });

  it("made no request off the machine and logged no console error", async () => {
    const { page } = browser;
    await page.goto(`${pathToFileURL(PAGE).href}#/backup/startrecovery`, { waitUntil: "load" });
    await exactHeading(page, "Recover a backup onto an instance").waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500); // let late effects (the sidebar logo) fire their requests, if any
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await page.screenshot({ path: join(TEST_OUTPUT, "docs.png") });
    expect(browser.blocked).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });
});
