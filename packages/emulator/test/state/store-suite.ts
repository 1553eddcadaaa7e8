// One suite for every store: the memory one and the SQLite one must behave alike. `reopen` gives the store a
// fresh process would see (undefined for memory, which keeps nothing).
import { describe, expect, it } from "vitest";
import { generateSeed } from "../../src/seed/generate-seed.js";
import type { EmulatorState, OperationRecord, ResourceRecord } from "../../src/state/model.js";
import {
  FINISHED_OPERATION_LIFETIME_MS,
  IDEMPOTENCY_KEY_LIFETIME_MS,
  TASKS_KEPT_PER_RESOURCE,
} from "../../src/kept-state/kept-state-rules.js";
import type { MemoryStore } from "../../src/state/store.js";
import { finishTask, recordCompletedTask, startTask } from "../../src/tasks/task-log.js";

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

    it("holds the seed's tasks by instance, oldest first, and the task counter", () => {
      const state = generateSeed({ backups: 30 });
      const { store } = open(state);
      expect(store.tasks.size).toBe(state.tasks.length);
      expect(store.nextTaskSeq).toBe(state.nextTaskSeq);
      const instanceId = state.backups[0]!.backup.computeInstanceId;
      const listing = store.tasksOf(instanceId);
      expect(listing.length).toBe(state.tasks.filter((task) => task.task.computeInstanceId === instanceId).length);
      expect(listing.length).toBeGreaterThan(1);
      const keys = listing.map((task) => [task.createdAtMs, task.seq] as const);
      expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
      expect(store.tasksOf("no-such-instance")).toEqual([]);
    });

    it("adds tasks with increasing numbers to their instance's listing, in order, and keeps them and their changes once committed", () => {
      const state = generateSeed({ backups: 10 });
      const under = open(state);
      const { store } = under;
      const instanceId = state.instances[0]!.id;
      const seq = store.nextTaskSeq;
      const newest = store.tasksOf(instanceId).at(-1);
      const first = startTask(store, {
        type: "BACKUP",
        computeInstanceId: instanceId,
        policyId: "cbqstoresuite0000005",
        atMs: Date.parse("2026-11-01T00:00:00Z"),
      });
      // Queued at the same moment: the number breaks the tie.
      const second = startTask(store, {
        type: "APPLY_POLICY",
        computeInstanceId: instanceId,
        policyId: "cbqstoresuite0000005",
        atMs: Date.parse("2026-11-01T00:00:00Z"),
      });
      expect([first.task.id, second.task.id]).toEqual([String(seq), String(seq + 1)]);
      expect(store.nextTaskSeq).toBe(seq + 2);
      expect(store.tasksOf(instanceId).slice(-2)).toEqual([first, second]);
      if (newest) expect(store.tasksOf(instanceId).at(-3)).toBe(newest);
      expect(store.tasks.get(first.task.id)).toBe(first);
      store.commit();
      finishTask(store, first, { resultCode: "OK", error: "", atMs: Date.parse("2026-11-01T00:00:05Z") });
      store.commit();
      // After the last commit: not kept.
      finishTask(store, second, { resultCode: "ERROR", error: "lost", atMs: Date.parse("2026-11-01T00:00:06Z") });
      const reopened = under.reopen();
      if (!reopened) return;
      expect(reopened.tasks.get(first.task.id)).toEqual(first);
      expect(reopened.tasks.get(first.task.id)!.task.status).toBe("COMPLETED");
      expect(reopened.tasks.get(second.task.id)!.task.status).toBe("STARTED");
      expect(
        reopened
          .tasksOf(instanceId)
          .slice(-2)
          .map((task) => task.task.id),
      ).toEqual([first.task.id, second.task.id]);
      // The counter was saved: the next task does not reuse a number.
      expect(reopened.nextTaskSeq).toBe(seq + 2);
    });

    it("keeps each folder's resources sorted by registration, as they are added and removed", () => {
      const state = generateSeed({ backups: 10 });
      const { store } = open(state);
      const folderId = state.resources[0]!.folderId;
      const inFolder = () => store.resourcesIn(folderId).map((record) => record.resource.computeInstanceId);
      const expected = state.resources
        .filter((record) => record.folderId === folderId)
        .sort((a, b) => a.createdAtMs - b.createdAtMs || a.seq - b.seq)
        .map((record) => record.resource.computeInstanceId);
      expect(inFolder()).toEqual(expected);
      const removed = store.resources.get(expected[0]!)!;
      store.removeResource(removed);
      expect(inFolder()).toEqual(expected.slice(1));
      // Changed in place: stays where it is, once.
      store.putResource(store.resources.get(expected[1]!)!);
      expect(inFolder()).toEqual(expected.slice(1));
      store.putResource(removed);
      expect(inFolder()).toEqual(expected);
    });

    it("keeps registration tokens, instances added or changed, and pending registrations, once committed", () => {
      const state = generateSeed({ backups: 5 });
      const under = open(state);
      const { store } = under;
      const folderId = state.folders[0]!.id;
      const token = {
        token: "6b1e0c3a-2d4f-4e8a-9c7b-5f3d1e9a7c2b",
        folderId,
        type: "AGENT_INSTALL_BASH_EXTERNAL_VM" as const,
        policyIds: [state.policies[0]!.id],
        issuedAt: "2026-11-01T00:00:00.000Z",
        issuedAtMs: Date.parse("2026-11-01T00:00:00.000Z"),
        usedBy: "",
      };
      store.putRegistrationToken(token);
      const instance = {
        id: "cdgstoresuite00000001",
        folderId,
        name: "external-vm-1",
        kind: "EXTERNAL_VM" as const,
        resourceId: "0A1B2C3D-0000-4000-8000-000000000001",
      };
      store.putInstance(instance);
      const changedInstance = store.instances.get(state.instances[0]!.id)!;
      changedInstance.resourceId = "0A1B2C3D-0000-4000-8000-000000000002";
      store.putInstance(changedInstance);
      const template = structuredClone(state.resources[0]!);
      const registering: ResourceRecord = {
        ...template,
        resource: {
          ...template.resource,
          computeInstanceId: instance.id,
          resourceId: instance.resourceId,
          initStatus: "REGISTERING" as const,
        },
        pendingRegistration: { completesAtMs: token.issuedAtMs + 30_000, policyIds: token.policyIds },
      };
      store.putResource(registering);
      expect(store.registeringResources.has(registering)).toBe(true);
      token.usedBy = instance.id;
      store.putRegistrationToken(token);
      store.commit();
      // After the last commit: not kept.
      store.putRegistrationToken({ ...token, token: "00000000-0000-4000-8000-0000000000ff" });
      const reopened = under.reopen();
      if (!reopened) {
        // In memory, a registration done leaves the set.
        delete registering.pendingRegistration;
        store.putResource(registering);
        expect(store.registeringResources.size).toBe(0);
        return;
      }
      expect(reopened.registrationTokens.get(token.token)).toEqual(token);
      expect(reopened.registrationTokens.has("00000000-0000-4000-8000-0000000000ff")).toBe(false);
      expect(reopened.instances.get(instance.id)).toEqual(instance);
      expect(reopened.instances.get(changedInstance.id)!.resourceId).toBe(changedInstance.resourceId);
      expect(reopened.resources.get(instance.id)).toEqual(registering);
      expect([...reopened.registeringResources]).toEqual([registering]);
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
        firstUsedAtMs: 1_000,
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
        firstUsedAtMs: 1_000,
      });
      expect(reopened.pageTokenSecret).toBe(state.pageTokenSecret);
    });

    it("forgets Idempotency-Keys and finished operations at the end of their lifetime, oldest first, for the next process too", () => {
      const state = generateSeed({ backups: 5 });
      const under = open(state);
      const { store } = under;
      const finishedAt = (record: OperationRecord, atMs: number) => {
        record.operation.done = true;
        record.operation.modifiedAt = new Date(atMs).toISOString();
        store.operationChanged(record);
      };
      const older = {
        ...operationFor(state),
        operation: { ...operationFor(state).operation, id: "cdgstoresuiteolder01" },
      };
      const newer = {
        ...operationFor(state),
        operation: { ...operationFor(state).operation, id: "cdgstoresuitenewer01" },
      };
      const running = {
        ...operationFor(state),
        operation: { ...operationFor(state).operation, id: "cdgstoresuiterun0001" },
      };
      for (const record of [older, newer, running]) store.addOperation(record);
      finishedAt(older, 1_000);
      finishedAt(newer, 2_000);
      store.rememberIdempotencyKey("key-older", {
        fingerprint: "f",
        operationId: older.operation.id,
        firstUsedAtMs: 0,
      });
      store.rememberIdempotencyKey("key-newer", {
        fingerprint: "f",
        operationId: newer.operation.id,
        firstUsedAtMs: 10,
      });
      store.commit();

      store.forgetExpired(IDEMPOTENCY_KEY_LIFETIME_MS - 1);
      expect([...store.idempotencyKeys.keys()]).toEqual(["key-older", "key-newer"]);
      store.forgetExpired(IDEMPOTENCY_KEY_LIFETIME_MS);
      expect([...store.idempotencyKeys.keys()]).toEqual(["key-newer"]);
      store.forgetExpired(1_000 + FINISHED_OPERATION_LIFETIME_MS - 1);
      expect(store.operations.has(older.operation.id)).toBe(true);
      store.forgetExpired(1_000 + FINISHED_OPERATION_LIFETIME_MS);
      expect(store.operations.has(older.operation.id)).toBe(false);
      expect(store.operations.has(newer.operation.id)).toBe(true);
      expect(store.idempotencyKeys.size).toBe(0);
      // A running operation is never forgotten, however old.
      store.forgetExpired(Number.MAX_SAFE_INTEGER);
      expect([...store.operations.keys()]).toEqual([running.operation.id]);
      expect([...store.runningOperations]).toEqual([running]);
      store.commit();

      const reopened = under.reopen();
      if (!reopened) return;
      expect([...reopened.operations.keys()]).toEqual([running.operation.id]);
      expect(reopened.idempotencyKeys.size).toBe(0);
    });

    it("loads keys and finished operations in time order whatever order the state lists them in", () => {
      const state = generateSeed({ backups: 5 });
      const first = {
        ...operationFor(state),
        operation: { ...operationFor(state).operation, id: "cdgstoresuitezz00001" },
      };
      const second = {
        ...operationFor(state),
        operation: { ...operationFor(state).operation, id: "cdgstoresuiteaa00002" },
      };
      first.operation = { ...first.operation, done: true, modifiedAt: new Date(1_000).toISOString() };
      second.operation = { ...second.operation, done: true, modifiedAt: new Date(2_000).toISOString() };
      state.operations = [second, first];
      state.idempotencyKeys = {
        "zz-first": { fingerprint: "f", operationId: first.operation.id, firstUsedAtMs: 0 },
        "aa-second": { fingerprint: "f", operationId: second.operation.id, firstUsedAtMs: 500 },
      };
      const { store } = open(state);
      store.forgetExpired(IDEMPOTENCY_KEY_LIFETIME_MS);
      expect([...store.idempotencyKeys.keys()]).toEqual(["aa-second"]);
      store.forgetExpired(1_000 + FINISHED_OPERATION_LIFETIME_MS);
      expect([...store.operations.keys()]).toEqual([second.operation.id]);
    });

    it("refuses a state whose key or finished operation has no time, naming it", () => {
      const state = generateSeed({ backups: 5 });
      const operation = operationFor(state);
      state.idempotencyKeys = { "key-without-time": { fingerprint: "f", operationId: operation.operation.id } as any };
      expect(() => open(state)).toThrow(
        /idempotencyKeys\["key-without-time"\]\.firstUsedAtMs must be a number .* got undefined/,
      );
      state.idempotencyKeys = {};
      state.operations = [{ ...operation, operation: { ...operation.operation, done: true } }];
      expect(() => open(state)).toThrow(
        /operation cdgstoresuite0000001 is done but its modifiedAt \(undefined\) is not a timestamp/,
      );
    });

    it("keeps each instance's newest tasks, dropping the oldest finished ones beyond the bound, for the next process too", () => {
      const state = generateSeed({ backups: 5 });
      const under = open(state);
      const { store } = under;
      const instanceId = state.instances[0]!.id;
      const other = state.instances[1]!.id;
      const otherTasks = store.tasksOf(other).length;
      const seeded = store.tasksOf(instanceId).length;
      const startMs = Date.parse("2030-01-01T00:00:00Z");
      // The oldest of them still runs: it stays, and the next oldest go instead.
      const running = startTask(store, { type: "BACKUP", computeInstanceId: instanceId, policyId: "p", atMs: 0 });
      for (let index = 1; index <= TASKS_KEPT_PER_RESOURCE - seeded; index += 1)
        recordCompletedTask(store, {
          type: "BACKUP",
          computeInstanceId: instanceId,
          policyId: "p",
          startedAtMs: startMs + index * 60_000,
          completedAtMs: startMs + index * 60_000 + 1,
          progress: { current: "1", total: "1" },
          resultCode: "OK",
        });
      store.commit();
      expect(store.tasksOf(instanceId)).toHaveLength(TASKS_KEPT_PER_RESOURCE);
      expect(store.tasksOf(instanceId)[0]).toBe(running);
      const oldestFinished = store.tasksOf(instanceId)[1]!;
      const added = recordCompletedTask(store, {
        type: "RETENTION",
        computeInstanceId: instanceId,
        policyId: "p",
        startedAtMs: startMs + 10 ** 9,
        completedAtMs: startMs + 10 ** 9,
        progress: { current: "0", total: "0" },
        resultCode: "OK",
      });
      const listing = store.tasksOf(instanceId);
      expect(listing).toHaveLength(TASKS_KEPT_PER_RESOURCE);
      expect(listing).not.toContain(oldestFinished);
      expect(listing).toContain(running);
      expect(listing[listing.length - 1]).toBe(added);
      expect(store.tasks.has(oldestFinished.task.id)).toBe(false);
      expect(store.tasksOf(other)).toHaveLength(otherTasks);
      store.commit();

      const reopened = under.reopen();
      if (!reopened) return;
      expect(reopened.tasksOf(instanceId).map((record) => record.task.id)).toEqual(
        listing.map((record) => record.task.id),
      );
      expect(reopened.tasks.has(oldestFinished.task.id)).toBe(false);
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
