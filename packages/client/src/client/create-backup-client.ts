import type { paths } from "@backup-api/types";
import openapiFetch, { type Client } from "openapi-fetch";
import type { BackupClientOptions } from "../config/options.js";
import { OPERATIONS_HOST, REGIONS } from "../config/regions.js";
import { authorization } from "../auth/bearer.js";
import { count, fail, httpUrl } from "../config/validate.js";
import { operationsApi, type OperationsApi } from "../operations/operations.js";
import type { Context } from "../pipeline/context.js";
import { backupsApi, type BackupsApi } from "../resources/backups.js";
import { LightRequest } from "../transport/light-request.js";
import { serializeQuery } from "../transport/query.js";
import { createTransport } from "../transport/transport.js";

// In the CommonJS build, Node's interop hands over openapi-fetch's whole `exports` as the default import.
const createClient: typeof openapiFetch =
  (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;

/** A Cloud Backup API client. */
export interface BackupClient {
  backups: BackupsApi;
  operations: OperationsApi;
  /** The underlying openapi-fetch client (authenticated, on the API host): full control, no retries. */
  raw: Client<paths>;
}

/** Creates a client. Nothing is sent until a method is called. */
export function createBackupClient(options: BackupClientOptions): BackupClient {
  const o = options ?? fail("expected an options object");
  const { iamToken, getIamToken, baseUrl, operationsBaseUrl, logger: log } = o;
  if ((iamToken === undefined) === (typeof getIamToken !== "function")) {
    fail("give exactly one of iamToken (a string) or getIamToken (a function)");
  }
  const region = REGIONS[o.region ?? "ru"] ?? fail(`region must be "ru" or "kz", got ${o.region}`);
  // pointing baseUrl somewhere (a mock, an emulator) sends operations there too, unless told otherwise
  const api = baseUrl === undefined ? region : httpUrl("baseUrl", baseUrl);
  const fetchImpl = o.fetch ?? globalThis.fetch?.bind(globalThis) ?? fail("no global fetch here; pass options.fetch");
  const raw = createClient<paths>({
    baseUrl: api,
    headers: o.headers,
    querySerializer: serializeQuery,
    Request: LightRequest as unknown as typeof Request,
    fetch: createTransport(fetchImpl, authorization(iamToken, getIamToken), log) as unknown as typeof fetch,
  });
  // defaults, each replaced by the option of the same name once checked
  const retry = { baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };
  const c: Context = { raw, timeoutMs: 60_000, maxRetries: 2, retry, log, operationsBaseUrl: baseUrl === undefined ? OPERATIONS_HOST : api };
  for (const k of ["timeoutMs", "maxRetries"] as const) c[k] = count(k, o[k], c[k]);
  for (const k of ["baseDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const) retry[k] = count(`retry.${k}`, o.retry?.[k], retry[k]);
  if (operationsBaseUrl !== undefined) c.operationsBaseUrl = httpUrl("operationsBaseUrl", operationsBaseUrl);
  return { backups: backupsApi(c), operations: operationsApi(c), raw };
}
