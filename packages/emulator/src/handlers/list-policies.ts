// GET /backup/v1/policies — the policies of a folder, those applied to an instance, or both. Not paged.
import { invalidArgument } from "../http/api-error.js";
import type { Policy } from "../state/model.js";
import type { MemoryStore } from "../state/store.js";
import { assertActivated, findFolder, findInstance } from "./access.js";
import type { Handler } from "./context.js";

/**
 * The policies applied to an instance. Applications are not emulated yet (applyPolicy answers 501): until they
 * are, a policy counts as applied to an instance when the instance has backups made under it, as in the seed.
 */
function appliedTo(store: MemoryStore, policy: Policy, computeInstanceId: string): boolean {
  return store.listing(`instancePolicy:${computeInstanceId}/${policy.id}`).length > 0;
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
  return { schemaName: "ListPoliciesResponse", body: { policies } };
};
