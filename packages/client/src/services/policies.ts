// The Policy resource, one standalone function per method on a core (`policiesGet(core, params, options)`), so
// that an app ships the calls it makes and no others; `policiesApi(core)` gathers them into `client.policies`.
// Each calls openapi-fetch's typed GET/POST/PATCH/DELETE on the spec's path, with the parameter names the
// generated types allow, so tsc checks routes and names. `policySettings()` (policy-settings.ts) builds the
// settings `create` and `update` send.
import type {
  ApplyPolicyOperation,
  CreatePolicyOperation,
  DeletePolicyOperation,
  ExecutePolicyOperation,
  ListApplicationsResponse,
  ListPoliciesResponse,
  Policy,
  RevokePolicyOperation,
  UpdatePolicyOperation,
} from "@backup-api/types/decoded";
import type { BackupCore } from "../core/backup-core.js";
import type { CallOptions, MutationOptions, Result } from "../core/options.js";
import {
  responseOfApplyPolicy,
  responseOfCreatePolicy,
  responseOfDeletePolicy,
  responseOfExecutePolicy,
  responseOfGetPolicy,
  responseOfListPolicies,
  responseOfListPolicyApplications,
  responseOfRevokePolicy,
  responseOfUpdatePolicy,
} from "../generated/proto3-defaults.js";
import { call } from "../internal/call.js";
import { requireObject, stringParams, usage } from "../internal/checks.js";
import type { Body, FlatParams, Query, Simplify } from "../internal/params.js";

/**
 * Parameters of `policies.list`: the policies of a folder (`folderId`), those applied to an instance
 * (`computeInstanceId`), or both: that folder's policies applied to that instance. At least one is needed.
 */
export type ListPoliciesInput = FlatParams<"listPolicies"> & ({ folderId: string } | { computeInstanceId: string });
/** Parameters of `policies.create`: the folder, a name (up to 50 characters, not unique) and the settings. */
export type CreatePolicyInput = Body<"createPolicy">;
export type GetPolicyInput = FlatParams<"getPolicy">;
/** Parameters of `policies.update`: the whole new settings, which replace the old ones (a policy has no rename). */
export type UpdatePolicyInput = Simplify<FlatParams<"updatePolicy"> & Body<"updatePolicy">>;
export type DeletePolicyInput = FlatParams<"deletePolicy">;
export type ApplyPolicyInput = Simplify<FlatParams<"applyPolicy"> & Body<"applyPolicy">>;
/**
 * Parameters of `policies.listApplications`: the applications of `policyId`; or, given `folderId` or
 * `computeInstanceId` (at most one of the two), that folder's or that instance's applications of any policy.
 * `showProcessing: true` lists the ones still being made.
 */
export type ListPolicyApplicationsInput = FlatParams<"listPolicyApplications"> &
  ({ folderId?: never } | { computeInstanceId?: never });
export type ExecutePolicyInput = Simplify<FlatParams<"executePolicy"> & Body<"executePolicy">>;
export type RevokePolicyInput = Simplify<FlatParams<"revokePolicy"> & Body<"revokePolicy">>;

/** The Policy resource, as `client.policies`. Every method takes its parameters, then optional `CallOptions`. */
export interface PoliciesApi {
  /** The policies of a folder, or applied to an instance (not paginated: every match in one answer). */
  list<O extends CallOptions = CallOptions>(
    params: ListPoliciesInput,
    options?: O,
  ): Promise<Result<ListPoliciesResponse, O>>;
  /** Starts creating a policy; the finished operation's `response` is the new `Policy`. */
  create<O extends MutationOptions = MutationOptions>(
    params: CreatePolicyInput,
    options?: O,
  ): Promise<Result<CreatePolicyOperation, O>>;
  /** One policy. */
  get<O extends CallOptions = CallOptions>(params: GetPolicyInput, options?: O): Promise<Result<Policy, O>>;
  /** Starts replacing a policy's settings, whole; the finished operation's `response` is the updated `Policy`. */
  update<O extends MutationOptions = MutationOptions>(
    params: UpdatePolicyInput,
    options?: O,
  ): Promise<Result<UpdatePolicyOperation, O>>;
  /** Starts deleting a policy. */
  delete<O extends MutationOptions = MutationOptions>(
    params: DeletePolicyInput,
    options?: O,
  ): Promise<Result<DeletePolicyOperation, O>>;
  /** Starts applying a policy to a registered instance. */
  apply<O extends MutationOptions = MutationOptions>(
    params: ApplyPolicyInput,
    options?: O,
  ): Promise<Result<ApplyPolicyOperation, O>>;
  /** Where policies are applied (not paginated). */
  listApplications<O extends CallOptions = CallOptions>(
    params: ListPolicyApplicationsInput,
    options?: O,
  ): Promise<Result<ListApplicationsResponse, O>>;
  /** Starts a backup of an instance now, under a policy applied to it. */
  execute<O extends MutationOptions = MutationOptions>(
    params: ExecutePolicyInput,
    options?: O,
  ): Promise<Result<ExecutePolicyOperation, O>>;
  /** Starts revoking a policy from an instance (its backups stay). */
  revoke<O extends MutationOptions = MutationOptions>(
    params: RevokePolicyInput,
    options?: O,
  ): Promise<Result<RevokePolicyOperation, O>>;
}

// Each function is `async`: a wrong argument rejects the returned promise rather than throwing where the call is
// made. `call` checks the core before anything is sent.

/** The policies of a folder, or applied to an instance: `client.policies.list` on a core. */
export async function policiesList<O extends CallOptions = CallOptions>(
  core: BackupCore,
  params: ListPoliciesInput,
  options?: O,
): Promise<Result<ListPoliciesResponse, O>> {
  const apiMethod = "policies.list";
  const { folderId, computeInstanceId } = stringParams(apiMethod, params, [], ["folderId", "computeInstanceId"]);
  if (!folderId && !computeInstanceId) usage(apiMethod, "give folderId, computeInstanceId or both");
  return call(core, { apiMethod, response: responseOfListPolicies }, options, (init, header) =>
    core.raw.GET("/backup/v1/policies", {
      ...init,
      params: { query: { folderId, computeInstanceId } satisfies Query<"listPolicies">, header },
    }),
  );
}

/** Starts creating a policy: `client.policies.create` on a core. */
export async function policiesCreate<O extends MutationOptions = MutationOptions>(
  core: BackupCore,
  params: CreatePolicyInput,
  options?: O,
): Promise<Result<CreatePolicyOperation, O>> {
  const apiMethod = "policies.create";
  const { folderId, name } = stringParams(apiMethod, params, ["folderId", "name"]);
  const { settings } = params;
  requireObject(apiMethod, "settings", settings);
  return call(core, { apiMethod, response: responseOfCreatePolicy, startsWork: true }, options, (init, header) =>
    core.raw.POST("/backup/v1/policies", { ...init, params: { header }, body: { folderId, name, settings } }),
  );
}

/** One policy: `client.policies.get` on a core. */
export async function policiesGet<O extends CallOptions = CallOptions>(
  core: BackupCore,
  params: GetPolicyInput,
  options?: O,
): Promise<Result<Policy, O>> {
  const apiMethod = "policies.get";
  const { policyId } = stringParams(apiMethod, params, ["policyId"]);
  return call(core, { apiMethod, response: responseOfGetPolicy }, options, (init, header) =>
    core.raw.GET("/backup/v1/policies/{policyId}", { ...init, params: { path: { policyId }, header } }),
  );
}

/** Starts replacing a policy's settings: `client.policies.update` on a core. */
export async function policiesUpdate<O extends MutationOptions = MutationOptions>(
  core: BackupCore,
  params: UpdatePolicyInput,
  options?: O,
): Promise<Result<UpdatePolicyOperation, O>> {
  const apiMethod = "policies.update";
  const { policyId } = stringParams(apiMethod, params, ["policyId"]);
  const { settings } = params;
  requireObject(apiMethod, "settings", settings);
  return call(core, { apiMethod, response: responseOfUpdatePolicy, startsWork: true }, options, (init, header) =>
    core.raw.PATCH("/backup/v1/policies/{policyId}", {
      ...init,
      params: { path: { policyId }, header },
      body: { settings },
    }),
  );
}

/** Starts deleting a policy: `client.policies.delete` on a core. */
export async function policiesDelete<O extends MutationOptions = MutationOptions>(
  core: BackupCore,
  params: DeletePolicyInput,
  options?: O,
): Promise<Result<DeletePolicyOperation, O>> {
  const apiMethod = "policies.delete";
  const { policyId } = stringParams(apiMethod, params, ["policyId"]);
  return call(core, { apiMethod, response: responseOfDeletePolicy, startsWork: true }, options, (init, header) =>
    core.raw.DELETE("/backup/v1/policies/{policyId}", { ...init, params: { path: { policyId }, header } }),
  );
}

/** Starts applying a policy to an instance: `client.policies.apply` on a core. */
export async function policiesApply<O extends MutationOptions = MutationOptions>(
  core: BackupCore,
  params: ApplyPolicyInput,
  options?: O,
): Promise<Result<ApplyPolicyOperation, O>> {
  const apiMethod = "policies.apply";
  const { policyId, computeInstanceId } = stringParams(apiMethod, params, ["policyId", "computeInstanceId"]);
  return call(core, { apiMethod, response: responseOfApplyPolicy, startsWork: true }, options, (init, header) =>
    core.raw.POST("/backup/v1/policies/{policyId}:apply", {
      ...init,
      params: { path: { policyId }, header },
      body: { computeInstanceId },
    }),
  );
}

/** Where policies are applied: `client.policies.listApplications` on a core. */
export async function policiesListApplications<O extends CallOptions = CallOptions>(
  core: BackupCore,
  params: ListPolicyApplicationsInput,
  options?: O,
): Promise<Result<ListApplicationsResponse, O>> {
  const apiMethod = "policies.listApplications";
  const { policyId, folderId, computeInstanceId } = stringParams(
    apiMethod,
    params,
    ["policyId"],
    ["folderId", "computeInstanceId"],
  );
  // the API's request holds one of policyId, folderId and computeInstanceId; the path always has policyId
  if (folderId !== undefined && computeInstanceId !== undefined)
    usage(apiMethod, "give at most one of folderId and computeInstanceId");
  const { showProcessing } = params;
  return call(core, { apiMethod, response: responseOfListPolicyApplications }, options, (init, header) =>
    core.raw.GET("/backup/v1/policies/{policyId}/applications", {
      ...init,
      params: {
        path: { policyId },
        query: { folderId, computeInstanceId, showProcessing } satisfies Query<"listPolicyApplications">,
        header,
      },
    }),
  );
}

/** Starts a backup of an instance now: `client.policies.execute` on a core. */
export async function policiesExecute<O extends MutationOptions = MutationOptions>(
  core: BackupCore,
  params: ExecutePolicyInput,
  options?: O,
): Promise<Result<ExecutePolicyOperation, O>> {
  const apiMethod = "policies.execute";
  const { policyId, computeInstanceId } = stringParams(apiMethod, params, ["policyId", "computeInstanceId"]);
  return call(core, { apiMethod, response: responseOfExecutePolicy, startsWork: true }, options, (init, header) =>
    core.raw.POST("/backup/v1/policies/{policyId}:execute", {
      ...init,
      params: { path: { policyId }, header },
      body: { computeInstanceId },
    }),
  );
}

/** Starts revoking a policy from an instance: `client.policies.revoke` on a core. */
export async function policiesRevoke<O extends MutationOptions = MutationOptions>(
  core: BackupCore,
  params: RevokePolicyInput,
  options?: O,
): Promise<Result<RevokePolicyOperation, O>> {
  const apiMethod = "policies.revoke";
  const { policyId, computeInstanceId } = stringParams(apiMethod, params, ["policyId", "computeInstanceId"]);
  return call(core, { apiMethod, response: responseOfRevokePolicy, startsWork: true }, options, (init, header) =>
    core.raw.POST("/backup/v1/policies/{policyId}:revoke", {
      ...init,
      params: { path: { policyId }, header },
      body: { computeInstanceId },
    }),
  );
}

/** `client.policies`: every function of the resource on one core. */
export function policiesApi(core: BackupCore): PoliciesApi {
  return {
    list: (params, options) => policiesList(core, params, options),
    create: (params, options) => policiesCreate(core, params, options),
    get: (params, options) => policiesGet(core, params, options),
    update: (params, options) => policiesUpdate(core, params, options),
    delete: (params, options) => policiesDelete(core, params, options),
    apply: (params, options) => policiesApply(core, params, options),
    listApplications: (params, options) => policiesListApplications(core, params, options),
    execute: (params, options) => policiesExecute(core, params, options),
    revoke: (params, options) => policiesRevoke(core, params, options),
  };
}
