import type { paths } from "@backup-api/types";
import openapiFetch, { type Client } from "openapi-fetch";
import { DEFAULT_REGION, REGIONS } from "../generated/regions.js";
import { authorization } from "../internal/auth.js";
import type { Context } from "../internal/call.js";
import { countOption, durationOption, urlOption, wrongOption } from "../internal/checks.js";
import type { RetryPolicy } from "../internal/retry.js";
import { shown } from "../internal/messages.js";
import { createTransport, globalFetch } from "../internal/transport.js";
import { backupsApi, type BackupsApi } from "./backups.js";
import { CLIENT_DEFAULTS } from "./defaults.js";
import { operationsApi, type OperationsApi } from "./operations.js";
import type { BackupClientOptions } from "./options.js";

/** A Cloud Backup API client. */
export interface BackupClient {
  backups: BackupsApi;
  operations: OperationsApi;
  /** The underlying openapi-fetch client (authenticated, on the API host): full control, wire values, no retries. */
  raw: Client<paths>;
}

// esbuild's CommonJS build reads a default import the way Node does: as openapi-fetch's whole `exports`
// object, whose `default` is the function. The ESM build gets the function itself.
const hasDefault = (imported: unknown): imported is { default: typeof openapiFetch } =>
  typeof (imported as { default?: unknown }).default === "function";

/**
 * openapi-fetch's `createClient`, looked up when a client is created rather than when the module loads: a bundler
 * cannot tell a call at the top level is pure, so an app that imports only the errors or the tables would ship
 * openapi-fetch too.
 */
const openapiCreateClient = (): typeof openapiFetch => (hasDefault(openapiFetch) ? openapiFetch.default : openapiFetch);

/** Creates a client. Nothing is sent until a method is called. */
export function createBackupClient(options: BackupClientOptions): BackupClient {
  if (typeof options !== "object" || options === null) wrongOption("expected an options object");
  const { iamToken, getIamToken, baseUrl, operationsBaseUrl, logger, region = DEFAULT_REGION, retry = {} } = options;
  if ((iamToken === undefined) === (typeof getIamToken !== "function")) {
    wrongOption("give exactly one of iamToken (a string) or getIamToken (a function)");
  }
  if (!Object.hasOwn(REGIONS, region))
    wrongOption(`region must be one of ${Object.keys(REGIONS).join(", ")}, got ${shown(region)}`);
  const hosts = REGIONS[region];
  const apiBaseUrl = baseUrl === undefined ? hosts.api : urlOption("baseUrl", baseUrl);

  const raw = openapiCreateClient()<paths>({
    baseUrl: apiBaseUrl,
    headers: options.headers,
    fetch: createTransport(options.fetch ?? globalFetch, authorization(iamToken, getIamToken), logger),
  });
  const retryOption = (name: keyof RetryPolicy) =>
    durationOption("createBackupClient", `retry.${name}`, retry[name], CLIENT_DEFAULTS.retry[name]);
  const context: Context = {
    raw,
    timeoutMs: durationOption("createBackupClient", "timeoutMs", options.timeoutMs, CLIENT_DEFAULTS.timeoutMs),
    maxRetries: countOption("createBackupClient", "maxRetries", options.maxRetries, CLIENT_DEFAULTS.maxRetries),
    retry: {
      baseDelayMs: retryOption("baseDelayMs"),
      maxDelayMs: retryOption("maxDelayMs"),
      maxRetryAfterMs: retryOption("maxRetryAfterMs"),
    },
    // pointing baseUrl somewhere (a mock, an emulator) sends operations there too, unless told otherwise
    operationsBaseUrl:
      operationsBaseUrl !== undefined
        ? urlOption("operationsBaseUrl", operationsBaseUrl)
        : baseUrl !== undefined
          ? apiBaseUrl
          : hosts.operations,
    logger,
  };
  return { backups: backupsApi(context), operations: operationsApi(context), raw };
}
