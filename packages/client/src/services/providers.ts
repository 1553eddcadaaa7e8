// The backup providers, one standalone function per method on a core (`providersActivate(core, params,
// options)`); `providersApi(core)` gathers them into `client.providers`. A provider must be activated in a folder
// before policies can be managed there.
import type { ActivateProviderOperation, ListActivatedProvidersResponse } from "@backup-api/types/decoded";
import type { BackupCore } from "../core/backup-core.js";
import type { CallOptions, MutationOptions, Result } from "../core/options.js";
import { responseOfActivateProvider, responseOfListActivatedProviders } from "../generated/proto3-defaults.js";
import { call } from "../internal/call.js";
import { stringParams } from "../internal/checks.js";
import type { Body, FlatParams, Query, Simplify } from "../internal/params.js";

/**
 * Parameters of `providers.activate`: the provider's `name` (the spec's examples use `cyberprotect`), the folder,
 * and `skipDefaultPolicy: true` not to create the three default policies.
 */
export type ActivateProviderInput = Simplify<FlatParams<"activateProvider"> & Body<"activateProvider">>;
export type ListActivatedProvidersInput = FlatParams<"listActivatedProviders">;

/** The backup providers, as `client.providers`. */
export interface ProvidersApi {
  /** Starts activating a provider in a folder (and, unless told not to, creating its three default policies). */
  activate<O extends MutationOptions = MutationOptions>(
    params: ActivateProviderInput,
    options?: O,
  ): Promise<Result<ActivateProviderOperation, O>>;
  /** The names of the providers activated in a folder (not paginated); `names` is `[]` when there are none. */
  listActivated<O extends CallOptions = CallOptions>(
    params: ListActivatedProvidersInput,
    options?: O,
  ): Promise<Result<ListActivatedProvidersResponse, O>>;
}

/** Starts activating a provider in a folder: `client.providers.activate` on a core. */
export async function providersActivate<O extends MutationOptions = MutationOptions>(
  core: BackupCore,
  params: ActivateProviderInput,
  options?: O,
): Promise<Result<ActivateProviderOperation, O>> {
  const apiMethod = "providers.activate";
  const { name, folderId, instanceRegistrationId } = stringParams(
    apiMethod,
    params,
    ["name", "folderId"],
    ["instanceRegistrationId"],
  );
  const { skipDefaultPolicy } = params;
  return call(core, { apiMethod, response: responseOfActivateProvider, startsWork: true }, options, (init, header) =>
    core.raw.POST("/backup/v1/providers/{name}:activate", {
      ...init,
      params: { path: { name }, header },
      body: { folderId, skipDefaultPolicy, instanceRegistrationId },
    }),
  );
}

/** The providers activated in a folder: `client.providers.listActivated` on a core. */
export async function providersListActivated<O extends CallOptions = CallOptions>(
  core: BackupCore,
  params: ListActivatedProvidersInput,
  options?: O,
): Promise<Result<ListActivatedProvidersResponse, O>> {
  const apiMethod = "providers.listActivated";
  const { folderId, instanceRegistrationId } = stringParams(
    apiMethod,
    params,
    ["folderId"],
    ["instanceRegistrationId"],
  );
  return call(core, { apiMethod, response: responseOfListActivatedProviders }, options, (init, header) =>
    core.raw.GET("/backup/v1/providers", {
      ...init,
      params: { query: { folderId, instanceRegistrationId } satisfies Query<"listActivatedProviders">, header },
    }),
  );
}

/** `client.providers`: every function of the providers on one core. */
export function providersApi(core: BackupCore): ProvidersApi {
  return {
    activate: (params, options) => providersActivate(core, params, options),
    listActivated: (params, options) => providersListActivated(core, params, options),
  };
}
