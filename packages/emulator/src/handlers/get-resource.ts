// GET /backup/v1/resources/{computeInstanceId} — an instance's registration, wrapped: `{"resource": {…}}`;
// `includeTenantInfo=true` adds its tenant, left out otherwise (the spec's assumption).
import { resourceView } from "../resources/resource-view.js";
import { findResource } from "./access.js";
import type { Handler } from "./context.js";

export const getResource: Handler = ({ request, store, operations, schedules }) => {
  const record = findResource(store, request.path.computeInstanceId!);
  const view = resourceView(record, operations, schedules);
  const resource = request.query.includeTenantInfo === true ? { ...view, tenantInfo: record.tenantInfo } : view;
  return { schemaName: "GetResourceResponse", body: { resource } };
};
