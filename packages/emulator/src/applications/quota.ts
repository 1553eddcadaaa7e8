// The cloud's quota of connected machines (the service's docs, "Quotas and limits"): 50 VMs
// (`backup.vms.count`) and 20 bare-metal servers (`backup.bmservers.count`) per cloud, where "connected" means
// bound to at least one policy. The emulator's world is one cloud. Applying a policy to a machine not connected
// yet, of a kind whose quota is used up, is refused with RESOURCE_EXHAUSTED (HTTP 429): the service documents no
// code, and this is the platform's code for quotas (the spec's applyPolicy assumes it).
import { ApiError } from "../http/api-error.js";
import type { ResourceRecord } from "../state/model.js";
import type { MemoryStore } from "../state/store.js";

export const CONNECTED_QUOTA = { COMPUTE: 50, BMS: 20 } as const;
const QUOTA_NAME = { COMPUTE: "backup.vms.count", BMS: "backup.bmservers.count" } as const;

/** Instances bound to at least one policy (processing applications count: the quota is taken when asked). */
function connectedInstances(store: MemoryStore): Set<string> {
  return new Set([...store.applications.values()].map((application) => application.computeInstanceId));
}

/** Throws RESOURCE_EXHAUSTED when connecting this resource would exceed its kind's quota. */
export function assertQuotaAllows(store: MemoryStore, resource: ResourceRecord): void {
  const connected = connectedInstances(store);
  if (connected.has(resource.resource.computeInstanceId)) return;
  const kind = resource.resource.type === "BMS" ? "BMS" : "COMPUTE";
  let used = 0;
  for (const id of connected) {
    const other = store.resources.get(id);
    if ((other?.resource.type === "BMS" ? "BMS" : "COMPUTE") === kind) used += 1;
  }
  if (used >= CONNECTED_QUOTA[kind]) {
    throw new ApiError(
      "RESOURCE_EXHAUSTED",
      `Quota ${QUOTA_NAME[kind]} exceeded: ${used} of ${CONNECTED_QUOTA[kind]} ${kind === "BMS" ? "bare-metal servers" : "VMs"} of the cloud are connected to backup policies; revoke policies from one before connecting ${resource.resource.computeInstanceId}`,
    );
  }
}
