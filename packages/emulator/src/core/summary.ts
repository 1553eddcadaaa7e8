// What `describe()` and `GET /_emulator` show: the folders and instances to start from.
import type { MemoryStore } from "../state/store.js";

export interface StateSummary {
  folders: Array<{ id: string; name: string; forbidden: boolean; backups: number }>;
  instances: Array<{ id: string; name: string; folderId: string; kind: string; backups: number }>;
  backups: number;
  runningOperations: number;
}

export function describeState(store: MemoryStore): StateSummary {
  return {
    folders: [...store.folders.values()].map((folder) => ({
      ...folder,
      backups: store.listing(`folder:${folder.id}`).length,
    })),
    instances: [...store.instances.values()].map((instance) => ({
      id: instance.id,
      name: instance.name,
      folderId: instance.folderId,
      kind: instance.kind,
      backups: store.listing(`instance:${instance.id}`).length,
    })),
    backups: store.backups.size,
    runningOperations: store.runningOperations.size,
  };
}
