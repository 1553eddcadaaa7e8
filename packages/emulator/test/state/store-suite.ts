// One suite for every store: the memory one and the SQLite one must behave alike. `reopen` gives the store a
// fresh process would see (undefined for memory, which keeps nothing).
import { describe, expect, it } from "vitest";
import { generateSeed } from "../../src/seed/generate-seed.js";
import type { EmulatorState, OperationRecord } from "../../src/state/model.js";
import type { MemoryStore } from "../../src/state/store.js";

export interface StoreUnderTest {
  store: MemoryStore;
  reopen(): MemoryStore | undefined;
}

function operationFor(state: EmulatorState): OperationRecord {
  const backup = state.backups[0]!;
  return {
    operation: {
      id: "cdgstoresuite0000001",
      done: false,
      description: "Delete",
      metadata: { "@type": "type.googleapis.com/yandex.cloud.backup.v1.DeleteBackupMetadata" },
    },
    kind: "delete",
    backupId: backup.backup.id,
    computeInstanceId: backup.backup.computeInstanceId,
    startedAtMs: 0,
    durationMs: 1000,
    pollsToFinish: undefined,
    polls: 0,
    failure: undefined,
  };
}

export function describeStore(name: string, open: (state: EmulatorState) => StoreUnderTest) {
  describe(`${name} store`, () => {
    it("holds the state it was given, listings sorted oldest first", () => {
      const state = generateSeed({ backups: 20 });
      const { store } = open(state);
      expect(store.backups.size).toBe(state.backups.length);
      const folderId = state.folders[0]!.id;
      const listing = store.listing(`folder:${folderId}`);
      expect(listing.length).toBe(state.backups.filter((record) => record.folderId === folderId).length);
      const times = listing.map((record) => record.createdAtMs);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(store.toState()).toEqual(structuredClone(state));
    });

    it("removes a backup from the map and every listing", () => {
      const state = generateSeed({ backups: 20 });
      const { store } = open(state);
      const record = store.backups.get(state.backups[3]!.backup.id)!;
      store.removeBackup(record);
      store.commit();
      expect(store.backups.has(record.backup.id)).toBe(false);
      for (const key of [
        `folder:${record.folderId}`,
        `instance:${record.backup.computeInstanceId}`,
        `archive:${record.backup.archiveId}`,
      ]) {
        expect(store.listing(key)).not.toContain(record);
      }
    });

    it("tracks running operations as they start and finish", () => {
      const state = generateSeed({ backups: 5 });
      const { store } = open(state);
      const record = operationFor(state);
      store.addOperation(record);
      expect(store.runningOperations.has(record)).toBe(true);
      record.operation.done = true;
      store.operationChanged(record);
      expect(store.runningOperations.has(record)).toBe(false);
      expect(store.operations.get(record.operation.id)).toBe(record);
    });

    it("keeps policies added, changed and removed, and providers activated, once committed", () => {
      const state = generateSeed({ backups: 5 });
      const under = open(state);
      const { store } = under;
      const [kept, removed] = state.policies;
      const added = { ...structuredClone(kept!), id: "cbqstoresuite0000001", name: "added" };
      store.putPolicy(added);
      const changed = store.policies.get(kept!.id)!;
      changed.settings.retention.rules = [{ maxCount: "3" }];
      store.putPolicy(changed);
      store.removePolicy(store.policies.get(removed!.id)!);
      const folderId = state.folders[1]!.id;
      store.activateProvider({ folderId, name: "cyberprotect" });
      store.commit();
      expect(store.policies.get(added.id)).toEqual(added);
      expect(store.policies.has(removed!.id)).toBe(false);
      expect(store.providersOf(folderId)).toEqual(["cyberprotect"]);
      // After the last commit: not kept.
      store.putPolicy({ ...added, id: "cbqstoresuite0000002" });
      const reopened = under.reopen();
      if (!reopened) return;
      expect(reopened.policies.get(added.id)).toEqual(added);
      expect(reopened.policies.get(kept!.id)!.settings.retention.rules).toEqual([{ maxCount: "3" }]);
      expect(reopened.policies.has(removed!.id)).toBe(false);
      expect(reopened.policies.has("cbqstoresuite0000002")).toBe(false);
      expect(reopened.providersOf(folderId)).toEqual(["cyberprotect"]);
      expect(reopened.providersOf(state.folders[0]!.id)).toEqual(["cyberprotect"]);
    });

    it("adds a backup to the map and every listing in order, with the next seq, and keeps it and its archive once committed", () => {
      const state = generateSeed({ backups: 10 });
      const under = open(state);
      const { store } = under;
      const model = structuredClone(state.backups[state.backups.length - 1]!);
      const seq = store.nextSeq;
      const archive = structuredClone(state.archives.find((entry) => entry.archive.id === model.backup.archiveId)!);
      // Older than the newest backup: inserted in the middle of its listings, not appended.
      const record = {
        ...model,
        backup: { ...model.backup, id: "00000000-0000-4000-8000-00000000a001" },
        createdAtMs: state.backups[0]!.createdAtMs + 1,
      };
      store.addBackup(record);
      archive.archive.size = "123";
      store.putArchive(archive);
      expect(record.seq).toBe(seq);
      expect(store.nextSeq).toBe(seq + 1);
      for (const key of [
        `folder:${record.folderId}`,
        `instance:${record.backup.computeInstanceId}`,
        `archive:${record.backup.archiveId}`,
        `policy:${record.backup.policyId}`,
        `resource:${record.backup.resourceId}`,
        `instancePolicy:${record.backup.computeInstanceId}/${record.backup.policyId}`,
      ]) {
        const listing = store.listing(key);
        expect(listing).toContain(record);
        const keys = listing.map((entry) => [entry.createdAtMs, entry.seq] as const);
        expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
      }
      store.commit();
      const reopened = under.reopen();
      if (!reopened) return;
      expect(reopened.backups.get(record.backup.id)).toEqual(record);
      expect(reopened.listing(`archive:${record.backup.archiveId}`).map((entry) => entry.backup.id)).toEqual(
        store.listing(`archive:${record.backup.archiveId}`).map((entry) => entry.backup.id),
      );
      expect(reopened.archives.get(archive.archive.id)!.archive.size).toBe("123");
      // The counter was saved: the next backup does not reuse a seq.
      expect(reopened.nextSeq).toBe(seq + 1);
    });

    it("keeps resources and applications added, changed and removed, once committed", () => {
      const state = generateSeed({ backups: 10 });
      expect(state.resources.length).toBe(state.instances.length);
      expect(state.applications.length).toBeGreaterThan(0);
      const under = open(state);
      const { store } = under;
      expect(store.resources.size).toBe(state.resources.length);
      expect(store.applications.size).toBe(state.applications.length);
      const [removedResource, changedResource] = [...store.resources.values()];
      store.removeResource(removedResource!);
      changedResource!.resource.isActive = false;
      store.putResource(changedResource!);
      const [removedApplication, changedApplication] = [...store.applications.values()];
      store.removeApplication(removedApplication!);
      changedApplication!.status = "DISABLED";
      store.putApplication(changedApplication!);
      const added = {
        policyId: "cbqstoresuite0000003",
        computeInstanceId: changedResource!.resource.computeInstanceId,
        enabled: false,
        status: "STATUS_UNSPECIFIED" as const,
        createdAt: "2026-11-01T00:00:00.000Z",
        isProcessing: true,
      };
      store.putApplication(added);
      store.commit();
      const removedKey = `${removedApplication!.policyId}/${removedApplication!.computeInstanceId}`;
      expect(store.resources.has(removedResource!.resource.computeInstanceId)).toBe(false);
      expect(store.applications.has(removedKey)).toBe(false);
      // After the last commit: not kept.
      store.putApplication({ ...added, policyId: "cbqstoresuite0000004" });
      const reopened = under.reopen();
      if (!reopened) return;
      expect(reopened.resources.has(removedResource!.resource.computeInstanceId)).toBe(false);
      expect(reopened.resources.get(changedResource!.resource.computeInstanceId)!.resource.isActive).toBe(false);
      expect(reopened.applications.has(removedKey)).toBe(false);
      expect(
        reopened.applications.get(`${changedApplication!.policyId}/${changedApplication!.computeInstanceId}`)!.status,
      ).toBe("DISABLED");
      expect(reopened.applications.get(`cbqstoresuite0000003/${added.computeInstanceId}`)).toEqual(added);
      expect(reopened.applications.has(`cbqstoresuite0000004/${added.computeInstanceId}`)).toBe(false);
      expect(reopened.toState().resources.length).toBe(state.resources.length - 1);
    });

    it("keeps what was committed, and only that, for the next process", () => {
      const state = generateSeed({ backups: 10 });
      const under = open(state);
      const { store } = under;
      const removed = store.backups.get(state.backups[0]!.backup.id)!;
      const flagged = store.backups.get(state.backups[1]!.backup.id)!;
      store.removeBackup(removed);
      flagged.backup.deleted = true;
      store.backupChanged(flagged);
      const operation = operationFor(state);
      store.addOperation(operation);
      store.rememberIdempotencyKey("5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f", {
        fingerprint: "f",
        operationId: operation.operation.id,
      });
      store.commit();
      // A change made after the last commit: a crash now loses it, and nothing was acknowledged for it.
      operation.polls = 7;
      const reopened = under.reopen();
      if (!reopened) return; // memory keeps nothing across processes
      expect(reopened.backups.has(removed.backup.id)).toBe(false);
      expect(reopened.backups.get(flagged.backup.id)!.backup.deleted).toBe(true);
      expect(reopened.operations.get(operation.operation.id)!.polls).toBe(0);
      expect(reopened.runningOperations.size).toBe(1);
      expect(reopened.idempotencyKeys.get("5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f")).toEqual({
        fingerprint: "f",
        operationId: operation.operation.id,
      });
      expect(reopened.pageTokenSecret).toBe(state.pageTokenSecret);
    });

    it("keeps the schedules' watermark once committed, and the last one committed only", () => {
      const state = generateSeed({ backups: 10 });
      expect(state.schedulesRunUpTo).toBeNull();
      const under = open(state);
      const { store } = under;
      expect(store.schedulesRunUpTo).toBeUndefined();
      const version = store.scheduleInputsVersion;
      store.setSchedulesRunUpTo(Date.parse("2026-11-08T00:00:00Z"));
      store.commit();
      // Moving the watermark is not a change schedules depend on; an application is.
      expect(store.scheduleInputsVersion).toBe(version);
      store.putApplication(store.applications.values().next().value!);
      expect(store.scheduleInputsVersion).toBeGreaterThan(version);
      store.setSchedulesRunUpTo(Date.parse("2026-11-09T00:00:00Z"));
      expect(store.toState().schedulesRunUpTo).toBe("2026-11-09T00:00:00.000Z");
      const reopened = under.reopen();
      if (!reopened) return;
      expect(reopened.schedulesRunUpTo).toBe(Date.parse("2026-11-08T00:00:00Z"));
      expect(reopened.toState().schedulesRunUpTo).toBe("2026-11-08T00:00:00.000Z");
    });
  });
}
