// Runs a measurement in a fresh Node process with --expose-gc (a heap figure must not include this process's
// own garbage) and resolves with the one message it sends back.
import { fork } from "node:child_process";

/** `childFile` measures, posts its result once, and is then killed; exiting before that rejects, naming `name`. */
export function measureInChild(childFile, args, name) {
  const child = fork(childFile, args.map(String), {
    execArgv: ["--expose-gc"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("message", (result) => {
      child.kill();
      resolve(result);
    });
    child.once("exit", (code) => reject(new Error(`${name} child exited with ${code} before reporting`)));
  });
}
