// The one core an app creates, whatever it calls: the options checked once, the authenticated transport (token,
// logging, fetch) under openapi-fetch, and the settings every call of the pipeline starts from (timeout,
// retries, the operations host). Each service's functions (src/services/) take it as their first argument;
// createBackupClient() makes one and hands it to all of them.
import type { paths } from "@backup-api/types";
import openapiFetch, { type Client } from "openapi-fetch";
import { DEFAULT_REGION, REGIONS } from "../generated/regions.js";
import { authorization } from "../internal/auth.js";
import { countOption, durationOption, urlOption, usage } from "../internal/checks.js";
import { shown } from "../internal/messages.js";
import type { RetryPolicy } from "../internal/retry.js";
import { createTransport, globalFetch } from "../internal/transport.js";
import { CLIENT_DEFAULTS } from "./defaults.js";
import type { BackupClientOptions, BackupLogger, RetryOptions } from "./options.js";

/**
 * What every call shares: made once by `createBackupCore(options)`, handed to each function (`backupsGet(core,
 * …)`). Its fields are the options as resolved (defaults filled in, checked), read-only.
 */
export interface BackupCore {
  /**
   * The underlying openapi-fetch client (authenticated, on the API host): full control, wire values, no retries.
   * Middleware registered with `core.raw.use()` runs for every call made on this core.
   */
  readonly raw: Client<paths>;
  /** Deadline of each call in ms (0 or Infinity: none). */
  readonly timeoutMs: number;
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** Backoff tuning. */
  readonly retry: Readonly<Required<RetryOptions>>;
  /** Where operations are read and polled. */
  readonly operationsBaseUrl: string;
  readonly logger: BackupLogger | undefined;
}

// esbuild's CommonJS build reads a default import the way Node does: as openapi-fetch's whole `exports`
// object, whose `default` is the function. The ESM build gets the function itself.
const hasDefault = (imported: unknown): imported is { default: typeof openapiFetch } =>
  typeof (imported as { default?: unknown }).default === "function";

/**
 * openapi-fetch's `createClient`, looked up when a core is created rather than when the module loads: a bundler
 * cannot tell a call at the top level is pure, so an app that imports only the errors or the tables would ship
 * openapi-fetch too.
 */
const openapiCreateClient = (): typeof openapiFetch => (hasDefault(openapiFetch) ? openapiFetch.default : openapiFetch);

/**
 * Creates the core every function of the client runs on, from the options `createBackupClient` takes. Nothing
 * is sent until a function is called. A wrong option throws `BackupUsageError` at once, naming it.
 */
export const createBackupCore = (options: BackupClientOptions): BackupCore => coreFor("createBackupCore", options);

/** The core of `options`; `factory` (`createBackupCore`, `createBackupClient`) names the call a wrong option was given to. */
export function coreFor(factory: string, options: BackupClientOptions): BackupCore {
  const wrongOption = (what: string) => usage(factory, what);
  if (typeof options !== "object" || options === null) wrongOption("expected an options object");
  const { iamToken, getIamToken, baseUrl, operationsBaseUrl, logger, region = DEFAULT_REGION, retry = {} } = options;
  if ((iamToken === undefined) === (typeof getIamToken !== "function")) {
    wrongOption("give exactly one of iamToken (a string) or getIamToken (a function)");
  }
  if (!Object.hasOwn(REGIONS, region))
    wrongOption(`region must be one of ${Object.keys(REGIONS).join(", ")}, got ${shown(region)}`);
  const hosts = REGIONS[region];
  const apiBaseUrl = baseUrl === undefined ? hosts.api : urlOption(factory, "baseUrl", baseUrl);

  const raw = openapiCreateClient()<paths>({
    baseUrl: apiBaseUrl,
    headers: options.headers,
    fetch: createTransport(options.fetch ?? globalFetch, authorization(factory, iamToken, getIamToken), logger),
  });
  const retryOption = (name: keyof RetryPolicy) =>
    durationOption(factory, `retry.${name}`, retry[name], CLIENT_DEFAULTS.retry[name]);
  return {
    raw,
    timeoutMs: durationOption(factory, "timeoutMs", options.timeoutMs, CLIENT_DEFAULTS.timeoutMs),
    maxRetries: countOption(factory, "maxRetries", options.maxRetries, CLIENT_DEFAULTS.maxRetries),
    retry: {
      baseDelayMs: retryOption("baseDelayMs"),
      maxDelayMs: retryOption("maxDelayMs"),
      maxRetryAfterMs: retryOption("maxRetryAfterMs"),
    },
    // pointing baseUrl somewhere (a mock, an emulator) sends operations there too, unless told otherwise
    operationsBaseUrl:
      operationsBaseUrl !== undefined
        ? urlOption(factory, "operationsBaseUrl", operationsBaseUrl)
        : baseUrl !== undefined
          ? apiBaseUrl
          : hosts.operations,
    logger,
  };
}
