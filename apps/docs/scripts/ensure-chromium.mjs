// The browser tests (the docs page; the client in a browser) drive Debian's Chromium at /usr/bin/chromium, or the
// browser CHROMIUM_PATH names. A fresh Debian CI machine has none, so install it with apt when running as root
// (never a browser download of Playwright's own: no network but the package mirrors); anywhere else, say how to
// point the tests at a browser (lib/chromium-location.mjs). Run by `pnpm test` before any task, and by the docs
// tests' setup.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumPlan } from "./lib/chromium-location.mjs";

const plan = chromiumPlan({
  env: process.env,
  platform: process.platform,
  uid: process.getuid?.(),
  exists: existsSync,
});
if (plan.action === "fail") {
  console.error(plan.message);
  process.exit(1);
}
if (plan.action === "install-with-apt") {
  console.log(`Chromium not found at ${plan.path}: installing Debian's chromium with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "chromium"], { stdio: "inherit", env });
  if (!existsSync(plan.path)) {
    console.error(`apt-get installed chromium but ${plan.path} is still missing`);
    process.exit(1);
  }
}
