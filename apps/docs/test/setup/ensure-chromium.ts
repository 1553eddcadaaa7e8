import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const script = fileURLToPath(new URL("../../scripts/ensure-chromium.mjs", import.meta.url));
  execFileSync(process.execPath, [script], { stdio: "inherit" });
}
