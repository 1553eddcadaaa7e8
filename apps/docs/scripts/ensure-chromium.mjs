// The browser tests (the docs page; the client in a browser) drive Debian's Chromium at /usr/bin/chromium.
// A fresh CI machine has none, so install it with apt (never a browser download of Playwright's own: no network
// but the package mirrors). Run by `pnpm test` before any task, and by the docs tests' setup.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

if (existsSync(CHROMIUM)) {
  process.exit(0);
}
if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) {
  console.error(`Chromium not found at ${CHROMIUM}; install it (or set CHROMIUM_PATH) to run the browser test.`);
  process.exit(1);
}
if (process.getuid?.() !== 0) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it: sudo apt-get update && sudo apt-get install -y chromium`);
  process.exit(1);
}
console.log(`Chromium not found at ${CHROMIUM}: installing Debian's chromium with apt-get…`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "chromium"], { stdio: "inherit", env });
if (!existsSync(CHROMIUM)) {
  console.error(`apt-get installed chromium but ${CHROMIUM} is still missing`);
  process.exit(1);
}
