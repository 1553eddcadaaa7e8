import { createServer } from "node:net";

/**
 * A TCP port nobody listens on right now: binds port 0 on `host` (default `127.0.0.1`), reads the port the OS
 * gave, releases it. Someone else may take it before the caller binds it: a caller that must not fail tries
 * again on EADDRINUSE.
 */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    // The probe alone must not keep the process alive.
    server.unref();
    server.once("error", reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("Could not read the port the OS assigned"))));
    });
  });
}
