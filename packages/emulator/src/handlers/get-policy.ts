// GET /backup/v1/policies/{policyId} — one policy.
import { findPolicy } from "./access.js";
import type { Handler } from "./context.js";

export const getPolicy: Handler = ({ request, store }) => ({
  schemaName: "Policy",
  body: findPolicy(store, request.path.policyId!),
});
