// Debian's Chromium driven by playwright-core, with every request leaving file:// or this machine blocked
// and recorded.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function isLocal(url: string): boolean {
  if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) {
    return true;
  }
  try {
    const { hostname } = new URL(url);
    return hostname === "localhost" || hostname === "[::1]" || /^127\./.test(hostname);
  } catch {
    return false;
  }
}

export interface DocsBrowser {
  page: Page;
  context: BrowserContext;
  /** Requests that tried to leave the machine (all were aborted). */
  blocked: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

export async function openBrowser(): Promise<DocsBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), "docs-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1400, height: 900 },
  });
  const blocked: string[] = [];
  const consoleErrors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    if (!blocked.includes(url)) blocked.push(url);
    return route.abort("blockedbyclient");
  });
  // Requests the router never sees (e.g. from service workers) still show up here.
  context.on("request", (request) => {
    const url = request.url();
    if (!isLocal(url) && !blocked.includes(url)) blocked.push(url);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
  return {
    page,
    context,
    blocked,
    consoleErrors,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
