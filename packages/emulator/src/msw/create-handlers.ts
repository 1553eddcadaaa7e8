// Mock Service Worker request handlers that answer from an emulator: a test's own `fetch` (the client's) is
// intercepted, with no server and no port. By default they catch the spec's hosts (both regions' API and
// operations hosts); give `baseUrls` to catch others, such as the `baseUrl` your client is set to.
import { http, HttpResponse, type HttpHandler } from "msw";
import type { Emulator } from "../core/create-emulator.js";
import { fromFetchRequest, outcomeAsResponse } from "../http/fetch-exchange.js";
import { SPEC_SERVER_URLS } from "../spec/bundled-spec.js";

export interface EmulatorHandlersOptions {
  /** Origins (with an optional path prefix) to intercept. Default: every server URL of the spec. */
  baseUrls?: readonly string[];
}

export function createEmulatorHandlers(emulator: Emulator, options: EmulatorHandlersOptions = {}): HttpHandler[] {
  if (typeof emulator?.handle !== "function")
    throw new TypeError("createEmulatorHandlers: pass an emulator from createEmulator()");
  const baseUrls = options.baseUrls ?? SPEC_SERVER_URLS;
  return baseUrls.map((baseUrl) =>
    http.all(`${baseUrl.replace(/\/+$/, "")}/*`, async ({ request }) => {
      const outcome = await emulator.handle(fromFetchRequest(request));
      return outcomeAsResponse(outcome, () => HttpResponse.error());
    }),
  );
}
