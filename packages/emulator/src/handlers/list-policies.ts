// GET /backup/v1/policies — the policies of a folder, those applied to an instance, or both. Not paged.
import { invalidArgument } from "../http/api-error.js";
import type { Policy } from "../state/model.js";
import { applicationKey, type MemoryStore } from "../state/store.js";
import { wireJson } from "../state/wire-json-cache.js";
import { assertActivated, findFolder, findInstance } from "./access.js";
import type { Handler } from "./context.js";

/** Whether the policy is applied to the instance: bound, the binding landed (not still processing). */
function appliedTo(store: MemoryStore, policy: Policy, computeInstanceId: string): boolean {
  const application = store.applications.get(applicationKey({ policyId: policy.id, computeInstanceId }));
  return application !== undefined && !application.isProcessing;
}

export const listPolicies: Handler = ({ request, store }) => {
  const folderId = request.query.folderId as string | undefined;
  const computeInstanceId = request.query.computeInstanceId as string | undefined;
  // The spec's listPolicies: at least one of the two (the service says "either should be set").
  if (folderId === undefined && computeInstanceId === undefined) {
    const description = "give folderId or computeInstanceId (or both)";
    throw invalidArgument(
      [
        { field: "folderId", description },
        { field: "computeInstanceId", description },
      ],
      "No selector",
    );
  }
  if (folderId !== undefined) {
    findFolder(store, folderId);
    assertActivated(store, folderId);
  }
  if (computeInstanceId !== undefined) {
    const instance = findInstance(store, computeInstanceId);
    assertActivated(store, instance.folderId);
  }
  // Oldest first, then by id: the same order whichever store holds them, and after a restart.
  const policies = [...store.policies.values()]
    .filter(
      (policy) =>
        (folderId === undefined || policy.folderId === folderId) &&
        (computeInstanceId === undefined || appliedTo(store, policy, computeInstanceId)),
    )
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    schemaName: "ListPoliciesResponse",
    body: { policies: policies.map((policy) => wireJson(policy, "Policy")) },
  };
};
