import { describe, expect, it } from "vitest";
import {
  buildSeed,
  DEFAULT_SEED_FOLDER_ID,
  DEFAULT_SEED_NOW,
  FORBIDDEN_FOLDER_ID,
  generateSeed,
} from "../../src/seed/generate-seed.js";
import type { BackupRecord, EmulatorState } from "../../src/state/model.js";
import { STATE_VERSION } from "../../src/state/store.js";
import { schemaErrors, schemaProperties } from "./spec-schema.js";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const FOLDER_ID = /^b1g[a-z0-9]{17}$/;
const VM_ID = /^(fhm|epd|fv4)[a-z0-9]{17}$/;
const BMS_ID = /^ly5[a-z0-9]{17}$/;
const POLICY_ID = /^cbq[a-z0-9]{17}$/;
const INT64 = /^[0-9]+$/;
const NOW = "2026-11-01T00:00:00Z";
const NOW_MS = Date.parse(NOW);

const state = generateSeed();

function inFolder(seed: EmulatorState, folderId: string): BackupRecord[] {
  return seed.backups.filter((record) => record.folderId === folderId);
}

function byArchive(seed: EmulatorState): Map<string, BackupRecord[]> {
  const chains = new Map<string, BackupRecord[]>();
  for (const record of seed.backups) {
    const chain = chains.get(record.backup.archiveId) ?? [];
    chain.push(record);
    chains.set(record.backup.archiveId, chain);
  }
  for (const chain of chains.values()) chain.sort((left, right) => left.createdAtMs - right.createdAtMs);
  return chains;
}

describe("generateSeed: determinism", () => {
  it("gives deep-equal states for the same options", () => {
    expect(generateSeed()).toEqual(state);
    expect(generateSeed({ seed: 9, backups: 40, now: "2026-05-01T12:00:00Z" })).toEqual(
      generateSeed({ seed: 9, backups: 40, now: "2026-05-01T12:00:00Z" }),
    );
  });

  it("gives a different world for another seed", () => {
    const other = generateSeed({ seed: 2 });
    expect(other.folders.map((folder) => folder.id)).not.toEqual(state.folders.map((folder) => folder.id));
    expect(other.backups.map((record) => record.backup.id)).not.toEqual(
      state.backups.map((record) => record.backup.id),
    );
    expect(other.pageTokenSecret).not.toBe(state.pageTokenSecret);
  });

  it("keeps folders, instances, policies and archives of a pair when only the number of backups changes", () => {
    const larger = generateSeed({ backups: 200 });
    expect(larger.folders).toEqual(state.folders);
    expect(larger.instances).toEqual(state.instances);
    expect(larger.policies).toEqual(state.policies);
    expect(larger.archives.map((record) => record.archive.id)).toEqual(
      state.archives.map((record) => record.archive.id),
    );
  });

  it("exports the folder ids that the default seed really produces", () => {
    expect(state.folders[0]!.id).toBe(DEFAULT_SEED_FOLDER_ID);
    expect(state.folders.find((folder) => folder.forbidden)!.id).toBe(FORBIDDEN_FOLDER_ID);
  });

  it("is plain JSON: a round trip changes nothing", () => {
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe("generateSeed: the world", () => {
  it("has a default folder, a second readable one and a forbidden one", () => {
    expect(state.folders).toHaveLength(3);
    for (const folder of state.folders) expect(folder.id).toMatch(FOLDER_ID);
    const [defaultFolder, second, forbidden] = state.folders;
    expect(defaultFolder!.forbidden).toBe(false);
    expect(second!.forbidden).toBe(false);
    expect(forbidden!.forbidden).toBe(true);
    expect(inFolder(state, second!.id).length).toBeGreaterThanOrEqual(2);
    expect(state.instances.filter((instance) => instance.folderId === forbidden!.id)).toHaveLength(1);
    expect(inFolder(state, forbidden!.id).length).toBeGreaterThanOrEqual(2);
  });

  it("gives ids in the Cloud's formats, each resource its own", () => {
    for (const instance of state.instances) {
      expect(instance.id).toMatch(instance.kind === "BMS" ? BMS_ID : VM_ID);
      expect(instance.resourceId).toMatch(UUID_V4);
    }
    for (const policy of state.policies) expect(policy.id).toMatch(POLICY_ID);
    for (const { archive } of state.archives) {
      expect(archive.id).toMatch(UUID_V4);
      expect(archive.vaultId).toMatch(UUID_V4);
      expect(archive.attributes.aaib).toMatch(UUID_V4);
    }
    for (const { backup } of state.backups) expect(backup.id).toMatch(UUID_V4);
    const ids = [...state.folders, ...state.instances, ...state.policies].map((item) => item.id);
    ids.push(
      ...state.instances.map((instance) => instance.resourceId),
      ...state.archives.map((record) => record.archive.id),
      ...state.backups.map((record) => record.backup.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has in the default folder ≥ 4 VMs with backups, a bare-metal server and a VM without any", () => {
    const instances = state.instances.filter((instance) => instance.folderId === DEFAULT_SEED_FOLDER_ID);
    const backedUp = new Set(inFolder(state, DEFAULT_SEED_FOLDER_ID).map((record) => record.backup.computeInstanceId));
    expect(
      instances.filter((instance) => instance.kind === "COMPUTE" && backedUp.has(instance.id)).length,
    ).toBeGreaterThanOrEqual(4);
    expect(instances.filter((instance) => instance.kind === "BMS" && backedUp.has(instance.id))).toHaveLength(1);
    expect(
      instances.filter((instance) => instance.kind === "COMPUTE" && !backedUp.has(instance.id)).length,
    ).toBeGreaterThanOrEqual(1);
  });

  it("has 2–3 policies per folder, and the default folder its provider's three default ones", () => {
    for (const folder of state.folders) {
      const count = state.policies.filter(
        (policy) => policy.folderId === folder.id && !policy.name.startsWith("Default "),
      ).length;
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(3);
    }
  });

  it("has state bookkeeping set: version, secret, seq, no operations", () => {
    expect(state.version).toBe(STATE_VERSION);
    expect(state.pageTokenSecret).toMatch(/^[0-9a-f]{32}$/);
    expect(state.nextSeq).toBe(state.backups.length);
    expect(state.backups.map((record) => record.seq)).toEqual(state.backups.map((_, index) => index));
    expect(state.operations).toEqual([]);
    expect(state.idempotencyKeys).toEqual({});
  });

  it("gives the default seed ≥ 50 live backups over ≥ 4 instances and ≥ 4 archives, FULL and INCREMENTAL, a few deleted", () => {
    const records = inFolder(state, DEFAULT_SEED_FOLDER_ID);
    expect(records).toHaveLength(60);
    const live = records.filter((record) => !record.backup.deleted);
    expect(live.length).toBeGreaterThanOrEqual(50);
    expect(new Set(live.map((record) => record.backup.computeInstanceId)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(live.map((record) => record.backup.archiveId)).size).toBeGreaterThanOrEqual(4);
    expect(live.some((record) => record.backup.type === "FULL")).toBe(true);
    expect(live.some((record) => record.backup.type === "INCREMENTAL")).toBe(true);
    expect(records.some((record) => record.backup.deleted)).toBe(true);
    expect(live.some((record) => record.resourceType === "BMS")).toBe(true);
  });
});

describe("generateSeed: providers and policies", () => {
  it("activates the provider in the default folder only", () => {
    expect(state.providers).toEqual([{ folderId: DEFAULT_SEED_FOLDER_ID, name: "cyberprotect" }]);
  });

  it("gives the default folder the three default policies, incremental, keeping the last 15", () => {
    const defaults = state.policies.filter((policy) => policy.name.startsWith("Default "));
    expect(defaults.map((policy) => [policy.name, policy.folderId])).toEqual([
      ["Default daily", DEFAULT_SEED_FOLDER_ID],
      ["Default weekly", DEFAULT_SEED_FOLDER_ID],
      ["Default monthly", DEFAULT_SEED_FOLDER_ID],
    ]);
    for (const policy of defaults) {
      expect(policy.settings.scheduling.scheme).toBe("ALWAYS_INCREMENTAL");
      expect(policy.settings.retention.rules).toEqual([{ maxCount: "15" }]);
    }
  });

  it("keeps policy ids stable for a seed, whatever the number of backups, and other ids where they were", () => {
    const ids = (seedState: EmulatorState) => seedState.policies.map((policy) => policy.id);
    expect(ids(generateSeed({ seed: 1, backups: 7 }))).toEqual(ids(state));
    expect(ids(generateSeed({ seed: 2 }))).not.toEqual(ids(state));
    for (const id of ids(state)) expect(id).toMatch(/^cbq[a-z0-9]{17}$/);
  });

  it("validate against the spec's Policy schema, settings those a client may send", () => {
    for (const policy of state.policies) {
      expect(schemaErrors("Policy", policy)).toEqual([]);
      expect(Object.keys(policy).sort()).toEqual(schemaProperties("Policy").sort());
      expect(
        schemaErrors("CreatePolicyRequest", {
          folderId: policy.folderId,
          name: policy.name,
          settings: policy.settings,
        }),
      ).toEqual([]);
    }
  });

  it("gives each seeded policy a schedule and a retention that match its backups' cadence", () => {
    const daily = state.policies.find((policy) => policy.name === "daily-7d")!;
    expect(daily.settings.scheduling.backupSets[0]!.time).toMatchObject({ type: "DAILY", repeatAt: [{ hour: "2" }] });
    expect(daily.settings.retention.rules).toEqual([{ maxCount: "7" }]);
    const sixHourly = state.policies.find((policy) => policy.name === "every-6h-3d")!;
    expect(sixHourly.settings.scheduling.backupSets[0]!.time).toMatchObject({
      type: "HOURLY",
      repeatEvery: { type: "HOURS", count: "6" },
    });
  });
});

describe("generateSeed: backups", () => {
  it("validate against the spec's Backup schema, with every field set", () => {
    const fields = schemaProperties("Backup").sort();
    for (const { backup } of state.backups) {
      expect(schemaErrors("Backup", backup)).toEqual([]);
      expect(Object.keys(backup).sort()).toEqual(fields);
      expect(Object.values(backup).every((value) => value !== undefined)).toBe(true);
      for (const disk of backup.disks) {
        expect(Object.keys(disk).sort()).toEqual(schemaProperties("Disk").sort());
        for (const volume of disk.volumes ?? [])
          expect(Object.keys(volume).sort()).toEqual(schemaProperties("Volume").sort());
      }
    }
  });

  it("have records that match them: folder, kind of resource, createdAtMs", () => {
    const instances = new Map(state.instances.map((instance) => [instance.id, instance]));
    for (const record of state.backups) {
      const instance = instances.get(record.backup.computeInstanceId)!;
      expect(record.folderId).toBe(instance.folderId);
      expect(record.resourceType).toBe(instance.kind);
      expect(record.backup.resourceId).toBe(instance.resourceId);
      expect(record.createdAtMs).toBe(Date.parse(record.backup.createdAt));
    }
  });

  it("are stored oldest first and made before `now`, over the ~60 days before it", () => {
    for (let index = 1; index < state.backups.length; index++) {
      expect(state.backups[index]!.createdAtMs).toBeGreaterThanOrEqual(state.backups[index - 1]!.createdAtMs);
    }
    for (const { backup, createdAtMs } of state.backups) {
      expect(createdAtMs).toBeLessThan(NOW_MS);
      expect(createdAtMs).toBeGreaterThan(NOW_MS - 61 * 24 * 3600_000);
      expect(Date.parse(backup.lastSeenAt)).toBeGreaterThan(createdAtMs);
      expect(Date.parse(backup.lastSeenAt)).toBeLessThan(NOW_MS);
    }
  });

  it("form chains per archive: FULL first, INCREMENTAL after, a FULL again every 6–8", () => {
    for (const chain of byArchive(state).values()) {
      expect(chain[0]!.backup.type).toBe("FULL");
      let sinceFull = 0;
      for (const { backup } of chain) {
        sinceFull = backup.type === "FULL" ? 0 : sinceFull + 1;
        expect(sinceFull).toBeLessThan(8);
      }
      // One instance, one policy per archive.
      expect(new Set(chain.map((record) => `${record.backup.computeInstanceId} ${record.backup.policyId}`)).size).toBe(
        1,
      );
    }
  });

  it("have sizes that hang together: deduplicated ≤ stored ≤ copied ≤ source; FULL larger than INCREMENTAL", () => {
    for (const chain of byArchive(state).values()) {
      for (const { backup } of chain) {
        for (const size of [backup.size, backup.deduplicatedSize, backup.backedUpDataSize, backup.originalDataSize])
          expect(size).toMatch(INT64);
        expect(BigInt(backup.deduplicatedSize)).toBeLessThanOrEqual(BigInt(backup.size));
        expect(BigInt(backup.size)).toBeLessThanOrEqual(BigInt(backup.backedUpDataSize));
        expect(BigInt(backup.backedUpDataSize)).toBeLessThanOrEqual(BigInt(backup.originalDataSize));
        if (backup.type === "FULL") expect(backup.backedUpDataSize).toBe(backup.originalDataSize);
      }
      const smallestFull = Math.min(
        ...chain
          .filter((record) => record.backup.type === "FULL")
          .map((record) => Number(record.backup.backedUpDataSize)),
      );
      for (const { backup } of chain)
        if (backup.type === "INCREMENTAL") expect(Number(backup.backedUpDataSize)).toBeLessThan(smallestFull);
    }
  });

  it("share one disks array per instance, with 1–3 disks of 1–3 volumes", () => {
    const disksByInstance = new Map<string, unknown>();
    for (const { backup } of state.backups) {
      const known = disksByInstance.get(backup.computeInstanceId);
      if (known) expect(backup.disks).toBe(known);
      else disksByInstance.set(backup.computeInstanceId, backup.disks);
      expect(backup.disks.length).toBeGreaterThanOrEqual(1);
      expect(backup.disks.length).toBeLessThanOrEqual(3);
      for (const disk of backup.disks) {
        expect(disk.volumes!.length).toBeGreaterThanOrEqual(1);
        expect(disk.volumes!.length).toBeLessThanOrEqual(3);
        for (const volume of disk.volumes!) expect(BigInt(volume.freeSpace!)).toBeLessThan(BigInt(volume.size!));
      }
    }
  });

  it("delete about 3%, only INCREMENTAL backups that are not their archive's newest", () => {
    const large = generateSeed({ backups: 1000 });
    const deleted = large.backups.filter((record) => record.backup.deleted);
    expect(deleted).toHaveLength(30);
    for (const chain of byArchive(large).values()) {
      expect(chain[chain.length - 1]!.backup.deleted).toBe(false);
      for (const { backup } of chain) if (backup.deleted) expect(backup.type).toBe("INCREMENTAL");
    }
  });
});

describe("generateSeed: archives", () => {
  it("validate against the spec's Archive schema, with every field set", () => {
    const fields = schemaProperties("Archive").sort();
    for (const { archive } of state.archives) {
      expect(schemaErrors("Archive", archive)).toEqual([]);
      expect(Object.keys(archive).sort()).toEqual(fields);
      expect(Object.values(archive).every((value) => value !== undefined)).toBe(true);
    }
  });

  it("are one per (instance, policy) pair with backups, and agree with their backups", () => {
    const chains = byArchive(state);
    expect(state.archives).toHaveLength(chains.size);
    const instances = new Map(state.instances.map((instance) => [instance.id, instance]));
    const policies = new Map(state.policies.map((policy) => [policy.id, policy]));
    const pairs = new Set<string>();
    for (const { archive, folderId, policyId } of state.archives) {
      const chain = chains.get(archive.id)!;
      const live = chain.filter((record) => !record.backup.deleted).map((record) => record.backup);
      const first = chain[0]!.backup;
      const instance = instances.get(archive.computeInstanceId)!;
      const policy = policies.get(policyId)!;
      pairs.add(`${instance.id} ${policy.id}`);

      expect(folderId).toBe(instance.folderId);
      expect(policy.folderId).toBe(folderId);
      expect(archive.backupPlanId).toBe(policyId);
      expect(archive.backupPlanName).toBe(policy.name);
      expect(archive.displayName).toBe(`${instance.name} - ${policy.name}`);
      // Named by the policy's rule, as the archive a policy's first backup creates.
      expect(archive.name).toBe(`${instance.name}-${policy.id}-${archive.id.slice(0, 8)}a`);
      expect(archive.resourceId).toBe(instance.resourceId);
      expect(archive.format).toBe("VERSION_12");
      expect(["AES256", "NONE"]).toContain(archive.encryptionAlgorithm);
      expect(archive.protectedByPassword).toBe(archive.encryptionAlgorithm !== "NONE");
      expect(archive.consistent).toBe(true);
      expect(archive.deleted).toBe(false);
      expect(archive.attributes.uri).toBe(`ara://${archive.id}`);
      for (const { backup } of chain) {
        expect(backup.vaultId).toBe(archive.vaultId);
        expect(backup.policyId).toBe(policyId);
        expect(backup.attributes.uri).toBe(`ara://${archive.id}/${backup.attributes.streamName}`);
      }

      const sum = (field: "backedUpDataSize" | "size") =>
        live.reduce((total, backup) => total + BigInt(backup[field]), 0n);
      expect(archive.dataSize).toBe(String(sum("backedUpDataSize")));
      expect(archive.compressedDataSize).toBe(String(sum("size")));
      expect(archive.size).toBe(archive.dataSize);
      expect(archive.originalDataSize).toBe(first.originalDataSize);

      expect(Date.parse(archive.createdAt)).toBeLessThanOrEqual(Date.parse(first.createdAt));
      expect(archive.lastBackupCreatedAt).toBe(live[live.length - 1]!.createdAt);
      expect(Date.parse(archive.updatedAt)).toBeGreaterThan(Date.parse(archive.lastBackupCreatedAt));
      expect(Date.parse(archive.lastSeenAt)).toBeGreaterThan(Date.parse(archive.updatedAt));
      expect(Date.parse(archive.lastSeenAt)).toBeLessThan(NOW_MS);
    }
    expect(pairs.size).toBe(state.archives.length);
  });
});

describe("generateSeed: options", () => {
  it("counts N backups in the default folder, the other folders adding a few", () => {
    const extra = state.backups.length - inFolder(state, DEFAULT_SEED_FOLDER_ID).length;
    expect(extra).toBeGreaterThan(0);
    expect(extra).toBeLessThanOrEqual(10);
    for (const count of [0, 1, 5, 17]) {
      const seed = generateSeed({ backups: count });
      expect(inFolder(seed, DEFAULT_SEED_FOLDER_ID)).toHaveLength(count);
      expect(seed.backups).toHaveLength(count + extra);
      expect(seed.nextSeq).toBe(count + extra);
    }
  });

  it("spreads a handful of backups over distinct instances", () => {
    const handful = generateSeed({ backups: 5 });
    const records = inFolder(handful, DEFAULT_SEED_FOLDER_ID);
    expect(new Set(records.map((record) => record.backup.computeInstanceId)).size).toBe(5);
    expect(new Set(records.map((record) => record.resourceType))).toEqual(new Set(["COMPUTE", "BMS"]));
  });

  it("keeps every timestamp before another `now`", () => {
    const now = "2025-03-15T09:30:00Z";
    const seed = generateSeed({ now, backups: 300 });
    const nowMs = Date.parse(now);
    for (const { backup } of seed.backups) {
      expect(Date.parse(backup.createdAt)).toBeLessThan(nowMs);
      expect(Date.parse(backup.lastSeenAt)).toBeLessThan(nowMs);
    }
    for (const { archive } of seed.archives) {
      for (const time of [archive.createdAt, archive.updatedAt, archive.lastBackupCreatedAt, archive.lastSeenAt])
        expect(Date.parse(time)).toBeLessThan(nowMs);
    }
  });

  it("refuses options it cannot honour", () => {
    expect(() => generateSeed({ backups: -1 })).toThrow(RangeError);
    expect(() => generateSeed({ backups: 2.5 })).toThrow(RangeError);
    expect(() => generateSeed({ now: "yesterday" })).toThrow(RangeError);
    expect(() => generateSeed({ seed: Number.NaN })).toThrow(RangeError);
  });

  it("generates 100,000 backups", () => {
    const large = generateSeed({ backups: 100_000 });
    const records = inFolder(large, DEFAULT_SEED_FOLDER_ID);
    expect(records).toHaveLength(100_000);
    expect(large.nextSeq).toBe(large.backups.length);
    expect(records.filter((record) => record.backup.deleted)).toHaveLength(3000);
    expect(new Set(records.map((record) => record.backup.id)).size).toBe(100_000);
    for (let index = 0; index < large.backups.length; index += 997)
      expect(schemaErrors("Backup", large.backups[index]!.backup)).toEqual([]);
    for (const { archive } of large.archives) expect(schemaErrors("Archive", archive)).toEqual([]);
    // One assertion over all of them: 100,000 `expect` calls would cost more than the generation.
    expect(records.every(({ createdAtMs }) => createdAtMs > NOW_MS - 61 * 24 * 3600_000 && createdAtMs < NOW_MS)).toBe(
      true,
    );
  });
});

describe("generateSeed: resources and applications", () => {
  it("registers every instance once, with its resourceId and kind, valid against the spec's Resource", () => {
    expect(state.resources.map((record) => record.resource.computeInstanceId).sort()).toEqual(
      state.instances.map((instance) => instance.id).sort(),
    );
    for (const record of state.resources) {
      const instance = state.instances.find((candidate) => candidate.id === record.resource.computeInstanceId)!;
      expect(record.folderId).toBe(instance.folderId);
      expect(record.resource).toMatchObject({ resourceId: instance.resourceId, type: instance.kind });
      expect(schemaErrors("Resource", record.resource)).toEqual([]);
      expect(schemaErrors("TenantInfo", record.tenantInfo)).toEqual([]);
      expect(record.tenantInfo.folderId).toBe(record.folderId);
      expect(Date.parse(record.resource.createdAt)).toBe(record.createdAtMs);
      expect(record.createdAtMs).toBeLessThan(NOW_MS);
      // Registered before any backup of the instance.
      const first = state.backups.find((backup) => backup.backup.computeInstanceId === instance.id);
      if (first) expect(record.createdAtMs).toBeLessThan(first.createdAtMs);
      // Every field of the wire's Resource but tenantInfo, which getResource adds on request.
      const expected = schemaProperties("Resource").filter(
        (name) =>
          name !== "tenantInfo" &&
          !(name === "lastBackupTime" && !first) &&
          !(name === "nextBackupTime" && !state.applications.some((a) => a.computeInstanceId === instance.id)),
      );
      expect(Object.keys(record.resource).sort()).toEqual(expected.sort());
    }
  });

  it("applies each policy to the instances it made backups of, and nothing else", () => {
    const pairs = new Set(
      state.backups.map((record) => `${record.backup.policyId}/${record.backup.computeInstanceId}`),
    );
    expect(state.applications.map((a) => `${a.policyId}/${a.computeInstanceId}`).sort()).toEqual([...pairs].sort());
    for (const application of state.applications) {
      expect(schemaErrors("PolicyApplication", application)).toEqual([]);
      expect(application).toMatchObject({ enabled: true, status: "OK", isProcessing: false });
    }
  });

  it("keeps registrations stable for a seed, whatever the number of backups", () => {
    const ids = (seedState: EmulatorState) =>
      seedState.resources.map((record) => [record.resource.computeInstanceId, record.resource.createdAt]);
    expect(ids(generateSeed({ seed: 1, backups: 7 }))).toEqual(ids(state));
  });
});

describe("the kept default seed (src/generated/default-seed.ts)", () => {
  it("is what buildSeed makes, to the last field, and a fresh copy each time", () => {
    const kept = generateSeed();
    expect(kept).toStrictEqual(buildSeed());
    expect(generateSeed({ seed: 1, backups: 60, now: DEFAULT_SEED_NOW })).toStrictEqual(kept);
    kept.backups.length = 0;
    expect(generateSeed().backups.length).toBeGreaterThan(0);
  });

  it("is not used for any other options", () => {
    expect(generateSeed({ seed: 2 })).toStrictEqual(buildSeed({ seed: 2 }));
    expect(generateSeed({ backups: 10 })).toStrictEqual(buildSeed({ backups: 10 }));
    expect(generateSeed({ backups: 10 }).backups.length).toBeLessThan(generateSeed().backups.length);
  });
});
