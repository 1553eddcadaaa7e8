import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { waitUntilListening } from "../../src/wait-until-listening.js";

const line = (value: object) => `${JSON.stringify(value)}\n`;

describe("waitUntilListening (the child's own announcement, not a probe of the port)", () => {
  it("resolves on the announcement of the expected pid and port, even split across chunks", async () => {
    const pipe = new PassThrough();
    const waiting = waitUntilListening(pipe, { pid: 42, port: 4010 }, 5_000, new AbortController().signal);
    const text = line({ pid: 42, address: "127.0.0.1", port: 4010 });
    pipe.write(text.slice(0, 10));
    pipe.write(text.slice(10));
    await expect(waiting).resolves.toEqual({ pid: 42, address: "127.0.0.1", port: 4010 });
  });

  it("ignores an announcement of another pid or port, and times out naming the port", async () => {
    const pipe = new PassThrough();
    const waiting = waitUntilListening(pipe, { pid: 42, port: 4010 }, 200, new AbortController().signal);
    pipe.write(line({ pid: 7, address: "127.0.0.1", port: 4010 }));
    pipe.write(line({ pid: 42, address: "127.0.0.1", port: 4011 }));
    pipe.write("not json\n");
    await expect(waiting).rejects.toThrow("Prism did not listen on port 4010 within 200 ms");
  });

  it("stops waiting, and stops listening to the pipe, when aborted", async () => {
    const pipe = new PassThrough();
    const abandon = new AbortController();
    const waiting = waitUntilListening(pipe, { pid: 42, port: 4010 }, 60_000, abandon.signal);
    abandon.abort();
    await expect(waiting).rejects.toThrow(/abandoned/);
    expect(pipe.listenerCount("data")).toBe(0);
  });
});
