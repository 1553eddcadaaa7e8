// An emulator for a test: manual clock, the small seed unless asked otherwise, and `call()` to send requests
// through a spec-checked fetch.
import { createEmulator, DEFAULT_SEED_NOW, type Emulator, type EmulatorOptions } from "../../src/index.js";
import { specCheckedFetch } from "./spec-checked-fetch.js";

export const TOKEN = "test-token";
export const ORIGIN = "http://emulator.test";

export interface TestEmulator {
  emulator: Emulator;
  fetch: typeof fetch;
  /** `call("GET", "/backup/v1/backups?folderId=…")`, authorised unless `headers.authorization` says otherwise. */
  call(method: string, path: string, options?: { body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  /** Like `call`, resolving to the parsed JSON body and the status. */
  json<T = any>(
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; body: T; headers: Headers }>;
}

export function testEmulator(options: EmulatorOptions = {}): TestEmulator {
  const emulator = createEmulator({ clock: { manual: true, startAt: DEFAULT_SEED_NOW }, ...options });
  const checkedFetch = specCheckedFetch(emulator);
  const call: TestEmulator["call"] = (method, path, { body, headers = {} } = {}) =>
    checkedFetch(`${ORIGIN}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${TOKEN}`,
        ...(body !== undefined && { "content-type": "application/json" }),
        ...headers,
      },
      ...(body !== undefined && { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
  return {
    emulator,
    fetch: checkedFetch,
    call,
    async json(method, path, options) {
      const response = await call(method, path, options);
      return { status: response.status, body: await response.json(), headers: response.headers };
    },
  };
}
