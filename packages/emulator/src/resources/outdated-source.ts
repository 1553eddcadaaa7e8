// After a recovery onto another instance, the backed-up instance's resource is "outdated" (the service's docs,
// recovery to another VM: its agent must be re-initialised, or the resource deleted): the recovered machine now
// carries the source's agent identity. The emulator shows it as `isActive: false` ([inferred] in the reference,
// §5.1 step 5); deleteResource and a new registration make it active again.
import type { BackupRecord } from "../state/model.js";
import type { MemoryStore } from "../state/store.js";

export function markSourceOutdated(
  store: MemoryStore,
  backup: BackupRecord,
  targetInstanceId: string,
  atMs: number,
): void {
  const sourceId = backup.backup.computeInstanceId;
  if (sourceId === targetInstanceId) return;
  const source = store.resources.get(sourceId);
  // Only the registration the backup was made under: a later one (re-registered since) is not outdated by it.
  if (!source || source.resource.resourceId !== backup.backup.resourceId || !source.resource.isActive) return;
  source.resource.isActive = false;
  source.resource.updatedAt = new Date(atMs).toISOString();
  store.putResource(source);
}
