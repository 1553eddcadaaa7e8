// Starts the emulator's bin in a child process on a free loopback port, so the load generator does not share
// its event loop. Resolves with its URL, pid and a stop().
import { fileURLToPath } from "node:url";
import { spawnServer, stopProcessGroup } from "@backup-api/process-helpers";

const bin = fileURLToPath(new URL("../bin/backup-api-emulator.cjs", import.meta.url));

/** @param {string[]} args */
export async function startEmulatorProcess(args = []) {
  // spawnServer takes the URL only once whitespace ends it: a chunk cut mid-URL cannot give half of it.
  const { child, url } = await spawnServer({
    command: process.execPath,
    args: [bin, "--port", "0", ...args],
    urlPattern: /Backup API emulator on (http:\/\/\S+)/,
  });
  return {
    url,
    pid: child.pid,
    // SIGTERM (the bin leads no process group: to it alone), resolved once it has exited.
    stop: () => stopProcessGroup(child),
  };
}
