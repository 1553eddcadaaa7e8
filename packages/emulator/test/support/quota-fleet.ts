// Grows a generated state with registered VMs, so a test can bring the cloud's connected-VM quota to its edge
// without hundreds of API calls.
import type { EmulatorState, Policy, ResourceRecord } from "../../src/state/model.js";
import { DEFAULT_SEED_FOLDER_ID } from "./policies.js";

/**
 * Adds a registered VM to the default folder (id `fhmquota…<index>`), a copy of `template`'s resource, and when
 * `boundTo` is given an application of that policy to it (landed, OK). Returns the instance's id.
 */
export function addRegisteredVm(
  state: EmulatorState,
  template: ResourceRecord,
  index: number,
  boundTo?: Policy,
): string {
  const id = `fhmquota${String(index).padStart(12, "0")}`;
  state.instances.push({
    id,
    folderId: DEFAULT_SEED_FOLDER_ID,
    name: `vm-${index}`,
    kind: "COMPUTE",
    resourceId: `r-${index}`,
  });
  state.resources.push({
    ...structuredClone(template),
    resource: { ...structuredClone(template.resource), computeInstanceId: id, resourceId: `r-${index}` },
    seq: 1000 + index,
  });
  if (boundTo)
    state.applications.push({
      policyId: boundTo.id,
      computeInstanceId: id,
      enabled: true,
      status: "OK",
      createdAt: template.resource.createdAt,
      isProcessing: false,
    });
  return id;
}
