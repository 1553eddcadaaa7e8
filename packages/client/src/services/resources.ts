// The Resource resource (machines registered with Cloud Backup), one standalone function per method on a core
// (`resourcesGet(core, params, options)`); `resourcesApi(core)` gathers them into `client.resources`. No method
// creates a resource: the backup agent registers its machine once installed.
import type {
  DeleteResourceOperation,
  GetResourceResponse,
  ListResourcesResponse,
  ListTasksResponse,
  Resource,
  Task,
} from "@backup-api/types/decoded";
import type { BackupCore } from "../core/backup-core.js";
import type { CallOptions, MutationOptions, Result } from "../core/options.js";
import { followPages } from "../core/pagination.js";
import {
  responseOfDeleteResource,
  responseOfGetResource,
  responseOfListResources,
  responseOfListResourceTasks,
} from "../generated/proto3-defaults.js";
import { call } from "../internal/call.js";
import { requireCore, stringParams } from "../internal/checks.js";
import type { FlatParams, Query } from "../internal/params.js";

/** Parameters of `resources.list`: the folder, and paging (`pageSize`, `pageToken`) and a `type` filter. */
export type ListResourcesInput = FlatParams<"listResources">;
/** Parameters of `resources.listAll`: like `list`, without `pageToken` (it follows the pages itself). */
export type ListAllResourcesInput = Omit<ListResourcesInput, "pageToken">;
/** Parameters of `resources.get`; `includeTenantInfo: true` adds the resource's `tenantInfo`. */
export type GetResourceInput = FlatParams<"getResource">;
/** Parameters of `resources.delete`: the instance, and the resource's own `resourceId` (`Resource.resourceId`). */
export type DeleteResourceInput = FlatParams<"deleteResource">;
/** Parameters of `resources.listTasks`: the instance, and paging. */
export type ListResourceTasksInput = FlatParams<"listResourceTasks">;
/** Parameters of `resources.listAllTasks`: like `listTasks`, without `pageToken`. */
export type ListAllResourceTasksInput = Omit<ListResourceTasksInput, "pageToken">;

/** The machines registered with Cloud Backup, as `client.resources`. */
export interface ResourcesApi {
  /** One page of the resources of a folder. */
  list<O extends CallOptions = CallOptions>(
    params: ListResourcesInput,
    options?: O,
  ): Promise<Result<ListResourcesResponse, O>>;
  /** Every resource of a folder, fetching pages lazily as the loop consumes them. */
  listAll(
    params: ListAllResourcesInput,
    options?: Omit<CallOptions, "withResponse">,
  ): AsyncGenerator<Resource, void, undefined>;
  /**
   * One resource, **wrapped** as the API answers it: `{ resource }` (unlike every other `get` of the API), its
   * `resource` absent only if the server sent none.
   */
  get<O extends CallOptions = CallOptions>(
    params: GetResourceInput,
    options?: O,
  ): Promise<Result<GetResourceResponse, O>>;
  /** Starts removing a machine from Cloud Backup (the machine itself keeps running). */
  delete<O extends MutationOptions = MutationOptions>(
    params: DeleteResourceInput,
    options?: O,
  ): Promise<Result<DeleteResourceOperation, O>>;
  /** One page of the tasks the backup agent ran or runs on a resource. */
  listTasks<O extends CallOptions = CallOptions>(
    params: ListResourceTasksInput,
    options?: O,
  ): Promise<Result<ListTasksResponse, O>>;
  /** Every task of a resource, fetching pages lazily as the loop consumes them. */
  listAllTasks(
    params: ListAllResourceTasksInput,
    options?: Omit<CallOptions, "withResponse">,
  ): AsyncGenerator<Task, void, undefined>;
}

// Each function but the listAll ones is `async`: a wrong argument rejects the returned promise rather than
// throwing where the call is made. `call` checks the core before anything is sent.

/** One page of resources, as `resources.list` and each page of `resources.listAll` ask for it. */
const resourcesPage = <O extends CallOptions>(
  core: BackupCore,
  apiMethod: string,
  query: Query<"listResources">,
  options: O | undefined,
) =>
  call(core, { apiMethod, response: responseOfListResources }, options, (init, header) =>
    core.raw.GET("/backup/v1/resources", { ...init, params: { query, header } }),
  );

/** The query of `resources.list`, checked. */
function resourcesQuery(apiMethod: string, params: unknown): Query<"listResources"> {
  const { folderId, pageToken } = stringParams(apiMethod, params, ["folderId"], ["pageToken"]);
  // paging and the filter go as given: the types say what they are, and the server names a wrong one
  const { pageSize, type } = params as ListResourcesInput;
  return { folderId, pageSize, pageToken, type };
}

/** One page of the resources of a folder: `client.resources.list` on a core. */
export async function resourcesList<O extends CallOptions = CallOptions>(
  core: BackupCore,
  params: ListResourcesInput,
  options?: O,
): Promise<Result<ListResourcesResponse, O>> {
  return resourcesPage(core, "resources.list", resourcesQuery("resources.list", params), options);
}

/** Every resource of a folder, page by page as the loop consumes them: `client.resources.listAll` on a core. */
export function resourcesListAll(
  core: BackupCore,
  params: ListAllResourcesInput,
  options?: Omit<CallOptions, "withResponse">,
): AsyncGenerator<Resource, void, undefined> {
  const apiMethod = "resources.listAll";
  // checked now, not at the first page: a wrong call fails where it is made
  const query = resourcesQuery(apiMethod, params);
  requireCore(apiMethod, core);
  return followPages(
    apiMethod,
    query,
    true,
    (pageQuery) => resourcesPage(core, apiMethod, pageQuery, { ...options, withResponse: true }),
    (page) => page.resources,
  );
}

/** One resource, in its `{ resource }` wrapper: `client.resources.get` on a core. */
export async function resourcesGet<O extends CallOptions = CallOptions>(
  core: BackupCore,
  params: GetResourceInput,
  options?: O,
): Promise<Result<GetResourceResponse, O>> {
  const apiMethod = "resources.get";
  const { computeInstanceId } = stringParams(apiMethod, params, ["computeInstanceId"]);
  const { includeTenantInfo } = params;
  return call(core, { apiMethod, response: responseOfGetResource }, options, (init, header) =>
    core.raw.GET("/backup/v1/resources/{computeInstanceId}", {
      ...init,
      params: {
        path: { computeInstanceId },
        query: { includeTenantInfo } satisfies Query<"getResource">,
        header,
      },
    }),
  );
}

/** Starts removing a machine from Cloud Backup: `client.resources.delete` on a core. */
export async function resourcesDelete<O extends MutationOptions = MutationOptions>(
  core: BackupCore,
  params: DeleteResourceInput,
  options?: O,
): Promise<Result<DeleteResourceOperation, O>> {
  const apiMethod = "resources.delete";
  const { computeInstanceId, resourceId } = stringParams(apiMethod, params, ["computeInstanceId", "resourceId"]);
  return call(core, { apiMethod, response: responseOfDeleteResource, startsWork: true }, options, (init, header) =>
    core.raw.DELETE("/backup/v1/resources/{computeInstanceId}", {
      ...init,
      params: { path: { computeInstanceId }, query: { resourceId } satisfies Query<"deleteResource">, header },
    }),
  );
}

/** One page of a resource's tasks, as `resources.listTasks` and each page of `resources.listAllTasks` ask for it. */
const tasksPage = <O extends CallOptions>(
  core: BackupCore,
  apiMethod: string,
  computeInstanceId: string,
  query: Query<"listResourceTasks">,
  options: O | undefined,
) =>
  call(core, { apiMethod, response: responseOfListResourceTasks }, options, (init, header) =>
    core.raw.GET("/backup/v1/resources/{computeInstanceId}/tasks", {
      ...init,
      params: { path: { computeInstanceId }, query, header },
    }),
  );

/** The instance and the query of `resources.listTasks`, checked. */
function tasksRequest(
  apiMethod: string,
  params: unknown,
): { computeInstanceId: string; query: Query<"listResourceTasks"> } {
  const { computeInstanceId, pageToken } = stringParams(apiMethod, params, ["computeInstanceId"], ["pageToken"]);
  const { pageSize } = params as ListResourceTasksInput;
  return { computeInstanceId, query: { pageSize, pageToken } };
}

/** One page of a resource's tasks: `client.resources.listTasks` on a core. */
export async function resourcesListTasks<O extends CallOptions = CallOptions>(
  core: BackupCore,
  params: ListResourceTasksInput,
  options?: O,
): Promise<Result<ListTasksResponse, O>> {
  const apiMethod = "resources.listTasks";
  const { computeInstanceId, query } = tasksRequest(apiMethod, params);
  return tasksPage(core, apiMethod, computeInstanceId, query, options);
}

/** Every task of a resource, page by page as the loop consumes them: `client.resources.listAllTasks` on a core. */
export function resourcesListAllTasks(
  core: BackupCore,
  params: ListAllResourceTasksInput,
  options?: Omit<CallOptions, "withResponse">,
): AsyncGenerator<Task, void, undefined> {
  const apiMethod = "resources.listAllTasks";
  const { computeInstanceId, query } = tasksRequest(apiMethod, params);
  requireCore(apiMethod, core);
  return followPages(
    apiMethod,
    query,
    true,
    (pageQuery) => tasksPage(core, apiMethod, computeInstanceId, pageQuery, { ...options, withResponse: true }),
    (page) => page.tasks,
  );
}

/** `client.resources`: every function of the resource on one core. */
export function resourcesApi(core: BackupCore): ResourcesApi {
  return {
    list: (params, options) => resourcesList(core, params, options),
    listAll: (params, options) => resourcesListAll(core, params, options),
    get: (params, options) => resourcesGet(core, params, options),
    delete: (params, options) => resourcesDelete(core, params, options),
    listTasks: (params, options) => resourcesListTasks(core, params, options),
    listAllTasks: (params, options) => resourcesListAllTasks(core, params, options),
  };
}
