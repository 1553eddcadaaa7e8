// What `describe()` and `GET /_emulator` show: the folders (and their activated providers), instances (whether
// registered as resources, and the policies applied to them) and policies to start from.
import type { MemoryStore } from "../state/store.js";

export interface StateSummary {
  folders: Array<{ id: string; name: string; forbidden: boolean; backups: number; providers: string[] }>;
  instances: Array<{
    id: string;
    name: string;
    folderId: string;
    kind: string;
    backups: number;
    /** Registered with the backup service (a resource), as `getResource` finds it. */
    registered: boolean;
    /** The policies applied to it (processing applications too). */
    appliedPolicies: string[];
  }>;
  policies: Array<{ id: string; name: string; folderId: string }>;
  backups: number;
  runningOperations: number;
}

export function describeState(store: MemoryStore): StateSummary {
  return {
    folders: [...store.folders.values()].map((folder) => ({
      ...folder,
      backups: store.listing(`folder:${folder.id}`).length,
      providers: store.providersOf(folder.id),
    })),
    instances: [...store.instances.values()].map((instance) => ({
      id: instance.id,
      name: instance.name,
      folderId: instance.folderId,
      kind: instance.kind,
      backups: store.listing(`instance:${instance.id}`).length,
      registered: store.resources.has(instance.id),
      appliedPolicies: [...store.applications.values()]
        .filter((application) => application.computeInstanceId === instance.id)
        .map((application) => application.policyId),
    })),
    policies: [...store.policies.values()].map(({ id, name, folderId }) => ({ id, name, folderId })),
    backups: store.backups.size,
    runningOperations: store.runningOperations.size,
  };
}
