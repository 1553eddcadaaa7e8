// GET /backup/v1/policies/{policyId} — one policy.
import { wireJson } from "../state/wire-json-cache.js";
import { findPolicy } from "./access.js";
import type { Handler } from "./context.js";

export const getPolicy: Handler = ({ request, store }) => ({
  schemaName: "Policy",
  body: wireJson(findPolicy(store, request.path.policyId!), "Policy"),
});
