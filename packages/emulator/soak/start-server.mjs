// Starts the emulator's bin in a child process on a free loopback port, so the load generator does not share
// its event loop. Resolves with its URL, pid and a stop().
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../bin/backup-api-emulator.mjs", import.meta.url));

/** @param {string[]} args */
export async function startEmulatorProcess(args = []) {
  const child = spawn(process.execPath, [bin, "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const url = await new Promise((resolve, reject) => {
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      output += chunk;
      const found = /Backup API emulator on (http:\/\/\S+)/.exec(output);
      if (found) resolve(found[1]);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => (output += chunk));
    child.once("exit", (code) => reject(new Error(`emulator exited (${code}) before listening:\n${output}`)));
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    url,
    pid: child.pid,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
