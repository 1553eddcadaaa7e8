// GET /backup/v1/resources/{computeInstanceId} — an instance's registration, wrapped: `{"resource": {…}}`;
// `includeTenantInfo=true` adds its tenant, left out otherwise (the spec's assumption).
import { findResource } from "./access.js";
import type { Handler } from "./context.js";

export const getResource: Handler = ({ request, store }) => {
  const record = findResource(store, request.path.computeInstanceId!);
  const resource =
    request.query.includeTenantInfo === true ? { ...record.resource, tenantInfo: record.tenantInfo } : record.resource;
  return { schemaName: "GetResourceResponse", body: { resource } };
};
