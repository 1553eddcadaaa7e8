// GET /backup/v1/policies/{policyId}/applications — the bindings of the path's policy, or, with `folderId` or
// `computeInstanceId` in the query, those of every policy of that folder or on that instance (the query field
// wins, as the spec assumes; the path's policyId is then not looked at). Not paged. Bindings still being made
// are listed only with showProcessing=true.
import { invalidArgument } from "../http/api-error.js";
import type { ApplicationRecord } from "../state/model.js";
import { findFolder, findInstance, findPolicy } from "./access.js";
import type { Handler } from "./context.js";

export const listPolicyApplications: Handler = ({ request, store }) => {
  const folderId = request.query.folderId as string | undefined;
  const computeInstanceId = request.query.computeInstanceId as string | undefined;
  if (folderId !== undefined && computeInstanceId !== undefined) {
    const description = "give at most one of folderId and computeInstanceId (the API's request names exactly one)";
    throw invalidArgument(
      [
        { field: "folderId", description },
        { field: "computeInstanceId", description },
      ],
      "Two selectors",
    );
  }
  let accept: (application: ApplicationRecord) => boolean;
  if (computeInstanceId !== undefined) {
    findInstance(store, computeInstanceId);
    accept = (application) => application.computeInstanceId === computeInstanceId;
  } else if (folderId !== undefined) {
    findFolder(store, folderId);
    accept = (application) => store.policies.get(application.policyId)?.folderId === folderId;
  } else {
    const policy = findPolicy(store, request.path.policyId!);
    accept = (application) => application.policyId === policy.id;
  }
  const showProcessing = request.query.showProcessing === true;
  // Oldest first, then by policy and instance: the same order from either store and after a restart.
  const applications = [...store.applications.values()]
    .filter((application) => accept(application) && (showProcessing || !application.isProcessing))
    .sort(
      (a, b) =>
        a.createdAt.localeCompare(b.createdAt) ||
        a.policyId.localeCompare(b.policyId) ||
        a.computeInstanceId.localeCompare(b.computeInstanceId),
    );
  return { schemaName: "ListApplicationsResponse", body: { applications } };
};
