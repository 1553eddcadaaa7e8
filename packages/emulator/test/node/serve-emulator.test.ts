// Real sockets: here the socket is the point (resets, cut bodies, Node's own header limit).
import { request as httpRequest } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { serveEmulator, type RunningEmulatorServer } from "../../src/node.js";
import { assertFitsSpec } from "../support/spec-checked-fetch.js";

let running: RunningEmulatorServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

const authorised = { authorization: "Bearer t" };

describe("the emulator over HTTP", () => {
  it("serves the API and the operations route on one port, answers fitting the spec", async () => {
    running = await serveEmulator({ port: 0 });
    const folder = running.emulator.describe().folders.find((candidate) => !candidate.forbidden)!.id;
    const request = new Request(`${running.url}/backup/v1/backups?folderId=${folder}&pageSize=3`, {
      headers: authorised,
    });
    const response = await fetch(request);
    await assertFitsSpec(request, response);
    expect((await response.json()).backups).toHaveLength(3);
    const operation = await fetch(`${running.url}/operations/cdgunknown`, { headers: authorised });
    expect(operation.status).toBe(404);
  });

  it("routes and names the path as received: a doubled slash is not read as a host", async () => {
    running = await serveEmulator({ port: 0 });
    // What curl sends for "$API/backup/v1/backups" with API=http://127.0.0.1:4020/ (a trailing slash).
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const outgoing = httpRequest(
        { host: "127.0.0.1", port: running!.port, path: "//backup/v1/backups?folderId=f", headers: authorised },
        (incoming) => {
          let text = "";
          incoming.on("data", (chunk) => (text += chunk));
          incoming.on("end", () => resolve({ status: incoming.statusCode!, body: text }));
        },
      );
      outgoing.on("error", reject);
      outgoing.end();
    });
    expect(status).toBe(404);
    expect(JSON.parse(body).message).toContain("GET //backup/v1/backups");
  });

  it("says which environment variable holds a bad port, and its value", async () => {
    const saved = process.env.PORT;
    process.env.PORT = "notaport";
    try {
      await expect(serveEmulator()).rejects.toThrow('PORT must be a whole number from 0 to 65535, got "notaport"');
      process.env.PORT = "70000";
      await expect(serveEmulator()).rejects.toThrow('PORT must be a whole number from 0 to 65535, got "70000"');
    } finally {
      if (saved === undefined) delete process.env.PORT;
      else process.env.PORT = saved;
    }
  });

  it("passes a request body through", async () => {
    running = await serveEmulator({ port: 0 });
    const response = await fetch(`${running.url}/backup/v1/backups/abc:startRecovery`, {
      method: "POST",
      headers: { ...authorised, "content-type": "application/json" },
      body: JSON.stringify({ computeInstanceId: "x".repeat(51) }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).details[1].fieldViolations[0].field).toBe("computeInstanceId");
  });

  it("a reset fault destroys the socket: fetch fails", async () => {
    running = await serveEmulator({ port: 0 });
    running.emulator.faults.add({ reset: true, times: 1 });
    await expect(fetch(`${running.url}/operations/x`, { headers: authorised })).rejects.toThrow(/fetch failed/);
    expect((await fetch(`${running.url}/operations/x`, { headers: authorised })).status).toBe(404);
  });

  it("a truncated body stops mid-way: reading it fails", async () => {
    running = await serveEmulator({ port: 0 });
    running.emulator.faults.add({ truncateBody: true, times: 1 });
    const response = await fetch(`${running.url}/operations/x`, { headers: authorised });
    await expect(response.text()).rejects.toThrow(/terminated/);
  });

  it("headers past Node's own limit still get a Status body with a request id", async () => {
    running = await serveEmulator({ port: 0 });
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const outgoing = httpRequest(
        `${running!.url}/operations/x`,
        { headers: { ...authorised, "x-junk": "y".repeat(80_000) } },
        (incoming) => {
          let text = "";
          incoming
            .setEncoding("utf8")
            .on("data", (chunk) => (text += chunk))
            .on("end", () => resolve({ status: incoming.statusCode!, body: text }));
        },
      );
      outgoing.on("error", reject);
      outgoing.end();
    });
    expect(status).toBe(431);
    expect(JSON.parse(body)).toMatchObject({
      code: 3,
      details: [{ "@type": "type.googleapis.com/google.rpc.RequestInfo" }],
    });
  });

  it("says which port is taken instead of starting on another", async () => {
    running = await serveEmulator({ port: 0 });
    await expect(serveEmulator({ port: running.port })).rejects.toThrow(/EADDRINUSE/);
  });
});
