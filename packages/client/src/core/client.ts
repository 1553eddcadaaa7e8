// createBackupClient: one core (src/core/backup-core.ts) with every service's functions on it, as one object.
// It ships every function; an app that calls a few imports them on a core of its own instead (`backupsGet`).
import type { paths } from "@backup-api/types";
import type { Client } from "openapi-fetch";
import { backupsApi, type BackupsApi } from "../services/backups.js";
import { operationsApi, type OperationsApi } from "../services/operations.js";
import { policiesApi, type PoliciesApi } from "../services/policies.js";
import { providersApi, type ProvidersApi } from "../services/providers.js";
import { resourcesApi, type ResourcesApi } from "../services/resources.js";
import { setupApi, type SetupApi } from "../services/setup.js";
import { coreFor } from "./backup-core.js";
import type { BackupClientOptions } from "./options.js";

/** A Cloud Backup API client. */
export interface BackupClient {
  backups: BackupsApi;
  policies: PoliciesApi;
  providers: ProvidersApi;
  resources: ResourcesApi;
  setup: SetupApi;
  operations: OperationsApi;
  /** The underlying openapi-fetch client (authenticated, on the API host): full control, wire values, no retries. */
  raw: Client<paths>;
}

/** Creates a client. Nothing is sent until a method is called. */
export function createBackupClient(options: BackupClientOptions): BackupClient {
  const core = coreFor("createBackupClient", options);
  return {
    backups: backupsApi(core),
    policies: policiesApi(core),
    providers: providersApi(core),
    resources: resourcesApi(core),
    setup: setupApi(core),
    operations: operationsApi(core),
    raw: core.raw,
  };
}
