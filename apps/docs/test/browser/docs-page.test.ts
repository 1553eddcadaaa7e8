import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOperations } from "@backup-api/spec-walker";
import { isLocal, openBrowser, type DocsBrowser } from "../support/browser.js";
import { bundledSpec, PAGE, TEST_OUTPUT } from "../support/paths.js";

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

  it.each(
    operations.map((o) => [o.operationId, o.operation.summary as string, o.operation.tags[0] as string] as const),
  )("shows %s by its summary (%s), with its TypeScript sample", async (operationId, summary, tag) => {
    const { page } = browser;
    // Each tag is its own view: open the operation from the sidebar, as a reader would.
    const menu = page.locator("[data-component-name='Menu/MenuItem']");
    const link = menu.getByText(summary, { exact: true }).first();
    if (!(await link.isVisible())) await menu.getByText(tag, { exact: true }).first().click();
    await link.click({ timeout: 10_000 });
    const heading = exactHeading(page, summary);
    await heading.waitFor({ state: "visible", timeout: 10_000 });
    await expect(heading.isVisible()).resolves.toBe(true);
    expect(page.url()).toContain(`#/${tag.toLowerCase()}/${operationId.toLowerCase()}`);
    await expect(page.getByText("createBackupClient", { exact: false }).first().isVisible()).resolves.toBe(true);
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
