// The emulator's starting world, generated from a seed: three folders, their instances and policies, one archive
// per (instance, policy) pair that has backups, and chains of FULL and INCREMENTAL backups. The same options give
// the same state; each concern draws from its own stream (hashKey), so that asking for more backups changes the
// backups and nothing else: folder, instance, policy and archive ids depend on the seed alone.
import type { Archive, Backup, Disk, EncryptionAlgorithm, Volume } from "@backup-api/types";
import type {
  ApplicationRecord,
  ArchiveRecord,
  BackupRecord,
  EmulatorState,
  Folder,
  Instance,
  Policy,
  ResourceRecord,
  TaskRecord,
} from "../state/model.js";
import { archiveNameOf } from "../policies/archive-name.js";
import { DEFAULT_POLICIES, policySettings } from "../policies/policy-settings.js";
import { STATE_VERSION } from "../state/store.js";
import { TASKS_KEPT_PER_RESOURCE } from "../kept-state/kept-state-rules.js";
import { seededBackupTask } from "../tasks/seeded-backup-task.js";
import { Random, hashKey } from "./random.js";
import { DEFAULT_SEED_STATE_JSON } from "../generated/default-seed.js";

export interface SeedOptions {
  /** Default 1. */
  seed?: number;
  /** Backups in the default folder, tombstones included; default 60. The other two folders add a few more. */
  backups?: number;
  /** Anchor time, default `DEFAULT_SEED_NOW` (2026-11-01T00:00:00Z): every generated timestamp is before it. */
  now?: string;
}

/** The folder a person exploring the emulator uses: what `generateSeed()` (seed 1) names `folders[0]`. */
export const DEFAULT_SEED_FOLDER_ID = "b1gs8i6ef1ttp1pbjm2m";
/** The folder no token may read, with seed 1. */
export const FORBIDDEN_FOLDER_ID = "b1gkl70oh7tn3gk5aav9";

const DEFAULT_SEED = 1;
const DEFAULT_BACKUPS = 60;
/** The time the default seed is generated up to; a test's manual clock starts here to see the seed as it was made. */
export const DEFAULT_SEED_NOW = "2026-11-01T00:00:00Z";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** How far back the default folder's backups reach once there are too many for their policies' cadence. */
const SPAN_MS = 60 * DAY;
const MIB = 2 ** 20;
const GIB = 2 ** 30;
const TOMBSTONE_SHARE = 0.03;

// ── Catalogue: what a folder holds, before any random draw ───────────────────────────────────────────────

interface PolicyTemplate {
  name: string;
  periodMs: number;
  /** Where in the period the schedule fires, from the Unix epoch (a Thursday, 00:00 UTC). */
  offsetMs: number;
  /** How many backups the policy keeps: its archives' share of the backups. */
  retention: number;
  summary: string;
  keptFor: string;
}

const DAILY_7D: PolicyTemplate = {
  name: "daily-7d",
  periodMs: DAY,
  offsetMs: 2 * HOUR,
  retention: 7,
  summary: "Daily backups",
  keptFor: "7 days",
};
const WEEKLY_8W: PolicyTemplate = {
  name: "weekly-8w",
  periodMs: 7 * DAY,
  offsetMs: 3 * DAY + 3 * HOUR,
  retention: 8,
  summary: "Weekly backups (Sunday)",
  keptFor: "8 weeks",
};
const EVERY_6H_3D: PolicyTemplate = {
  name: "every-6h-3d",
  periodMs: 6 * HOUR,
  offsetMs: 30 * MINUTE,
  retention: 12,
  summary: "Backups every 6 hours",
  keptFor: "3 days",
};
const DAILY_14D: PolicyTemplate = {
  name: "daily-14d",
  periodMs: DAY,
  offsetMs: HOUR,
  retention: 14,
  summary: "Daily backups",
  keptFor: "14 days",
};
const WEEKLY_4W: PolicyTemplate = {
  name: "weekly-4w",
  periodMs: 7 * DAY,
  offsetMs: 2 * DAY + 4 * HOUR,
  retention: 4,
  summary: "Weekly backups (Saturday)",
  keptFor: "4 weeks",
};

type DiskLayout = (random: Random) => Disk[];

interface InstanceTemplate {
  names: readonly string[];
  kind: Instance["kind"];
  disks: DiskLayout;
}

interface FolderTemplate {
  names: readonly string[];
  forbidden: boolean;
  instances: readonly InstanceTemplate[];
  policies: readonly PolicyTemplate[];
  /** [instance index, policy index] in the order backups are dealt out: one per instance first. */
  pairs: ReadonlyArray<readonly [number, number]>;
  /** Backups per pair; `undefined` for the default folder, whose count is `SeedOptions.backups`. */
  fixedCounts: readonly number[] | undefined;
}

/** Compute's zones and the id prefix of a VM created in each. */
const ZONE_PREFIXES = ["fhm", "epd", "fv4"] as const;
const BMS_PREFIX = "ly5";

// ── Disks ────────────────────────────────────────────────────────────────────────────────────────────────

function volume(
  random: Random,
  name: string,
  size: number,
  mountStrid: string,
  isBootable: boolean,
  isSystem: boolean,
): Volume {
  const freeSpace = alignDown(size * random.float(0.25, 0.8), 4096);
  return { freeSpace: String(freeSpace), isBootable, isSystem, name, size: String(size), mountStrid };
}

/** The first MiB of a disk holds the partition table, so volumes add up to a bit less than the disk. */
function linuxSystemDisk(
  random: Random,
  deviceModel: string,
  name: string,
  size: number,
  partitionPrefix: string,
): Disk {
  const withEfi = random.chance(0.5);
  const efiSize = withEfi ? 100 * MIB : 0;
  const volumes: Volume[] = [];
  if (withEfi) volumes.push(volume(random, `${partitionPrefix}1`, efiSize, "/boot/efi", true, false));
  volumes.push(volume(random, `${partitionPrefix}2`, size - MIB - efiSize, "/", !withEfi, true));
  return { deviceModel, name, size: String(size), volumes };
}

function dataDisk(
  random: Random,
  deviceModel: string,
  name: string,
  size: number,
  volumeName: string,
  mountStrid: string,
): Disk {
  return {
    deviceModel,
    name,
    size: String(size),
    volumes: [volume(random, volumeName, size - MIB, mountStrid, false, false)],
  };
}

function vmRoot(random: Random, sizesGib: readonly number[]): Disk {
  return linuxSystemDisk(random, "virtio-blk", "vda", random.pick(sizesGib) * GIB, "vda");
}

function vmData(random: Random, name: string, sizesGib: readonly number[], mountStrid: string): Disk {
  return dataDisk(random, "virtio-blk", name, random.pick(sizesGib) * GIB, `${name}1`, mountStrid);
}

const webLayout: DiskLayout = (random) => [vmRoot(random, [20, 30, 40])];

const databaseLayout: DiskLayout = (random) => [
  vmRoot(random, [20, 40]),
  vmData(random, "vdb", [100, 200, 500], "/var/lib/postgresql"),
];

const appLayout: DiskLayout = (random) => {
  const disks = [vmRoot(random, [30, 50])];
  if (random.chance(0.7)) disks.push(vmData(random, "vdb", [50, 100], "/data"));
  if (random.chance(0.5)) disks.push(vmData(random, disks.length === 1 ? "vdb" : "vdc", [64, 128], "/var/lib/docker"));
  return disks;
};

const windowsLayout: DiskLayout = (random) => {
  const size = random.pick([50, 80, 100]) * GIB;
  const reserved = 500 * MIB;
  const system: Disk = {
    deviceModel: "virtio-blk",
    name: "vda",
    size: String(size),
    volumes: [
      volume(random, "System Reserved", reserved, "", true, false),
      volume(random, "Local Disk (C:)", size - MIB - reserved, "C:", false, true),
    ],
  };
  if (!random.chance(0.7)) return [system];
  return [system, dataDisk(random, "virtio-blk", "vdb", random.pick([100, 200]) * GIB, "Data (D:)", "D:")];
};

/** Bare-metal servers report their SSDs' real models and byte counts. */
const SSD_MODELS = [
  { model: "INTEL SSDSC2KB960G8", size: 960_197_124_096 },
  { model: "SAMSUNG MZ7LH960HAJR", size: 960_197_124_096 },
] as const;
const STORAGE_SSD_MODELS = [
  { model: "SAMSUNG MZ7LH3T8HMLT", size: 3_840_755_982_336 },
  { model: "INTEL SSDSC2KB038T8", size: 3_840_755_982_336 },
] as const;

const bareMetalLayout: DiskLayout = (random) => {
  const system = random.pick(SSD_MODELS);
  const storage = random.pick(STORAGE_SSD_MODELS);
  const root = linuxSystemDisk(random, system.model, "sda", system.size, "sda");
  return [root, dataDisk(random, storage.model, "sdb", storage.size, "sdb1", "/srv/storage")];
};

const gitlabLayout: DiskLayout = (random) => [
  vmRoot(random, [30, 50]),
  vmData(random, "vdb", [100, 200], "/var/opt/gitlab"),
];

const FOLDERS: readonly FolderTemplate[] = [
  {
    names: ["default"],
    forbidden: false,
    instances: [
      { names: ["web-1", "web-2", "nginx-1", "frontend-1"], kind: "COMPUTE", disks: webLayout },
      { names: ["db-primary", "pg-main-1", "postgres-1"], kind: "COMPUTE", disks: databaseLayout },
      { names: ["app-1", "api-1", "backend-1"], kind: "COMPUTE", disks: appLayout },
      { names: ["win-ad-1", "win-files-1", "rdp-gw-1"], kind: "COMPUTE", disks: windowsLayout },
      { names: ["bm-storage-1", "bm-storage-2", "bm-backup-1"], kind: "BMS", disks: bareMetalLayout },
      // Never backed up: the recovery target that holds nothing to lose.
      { names: ["restore-target-1", "spare-1", "web-3"], kind: "COMPUTE", disks: webLayout },
    ],
    policies: [DAILY_7D, WEEKLY_8W, EVERY_6H_3D],
    pairs: [
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 1],
      [4, 0],
      [1, 2],
      [2, 1],
      [4, 1],
    ],
    fixedCounts: undefined,
  },
  {
    names: ["staging", "dev", "analytics"],
    forbidden: false,
    instances: [
      { names: ["gitlab-1", "git-1"], kind: "COMPUTE", disks: gitlabLayout },
      { names: ["ci-runner-1", "build-1"], kind: "COMPUTE", disks: webLayout },
    ],
    policies: [DAILY_14D, WEEKLY_4W],
    pairs: [
      [0, 0],
      [1, 1],
    ],
    fixedCounts: [3, 2],
  },
  {
    names: ["security", "finance", "restricted"],
    forbidden: true,
    instances: [{ names: ["vault-1", "secrets-1", "hsm-proxy-1"], kind: "COMPUTE", disks: webLayout }],
    policies: [DAILY_7D, WEEKLY_4W],
    pairs: [
      [0, 0],
      [0, 1],
    ],
    fixedCounts: [2, 1],
  },
];

// ── Topology: folders, instances, policies (seed only) ───────────────────────────────────────────────────

interface PolicyPlan {
  policy: Policy;
  template: PolicyTemplate;
  encryption: EncryptionAlgorithm;
}

interface InstancePlan {
  instance: Instance;
  /** Shared by every backup of the instance: one array for thousands of backups. */
  disks: Disk[];
  /** Bytes in use over all volumes: what a FULL backup copies. */
  usedBytes: number;
}

interface FolderPlan {
  template: FolderTemplate;
  folder: Folder;
  vaultId: string;
  instances: InstancePlan[];
  policies: PolicyPlan[];
}

function planTopology(seed: number): FolderPlan[] {
  const random = new Random(hashKey(seed, "topology"));
  // Folder ids first, so that they are the first draws of the stream.
  const folderIds = FOLDERS.map(() => random.cloudId("b1g"));
  return FOLDERS.map((template, folderIndex) => {
    const folderId = folderIds[folderIndex]!;
    const folder: Folder = { id: folderId, name: random.pick(template.names), forbidden: template.forbidden };
    const vaultId = random.uuid();
    const instances = template.instances.map((instanceTemplate): InstancePlan => {
      const prefix = instanceTemplate.kind === "BMS" ? BMS_PREFIX : random.pick(ZONE_PREFIXES);
      const instance: Instance = {
        id: random.cloudId(prefix),
        folderId,
        name: random.pick(instanceTemplate.names),
        kind: instanceTemplate.kind,
        resourceId: random.uuid(),
      };
      const disks = instanceTemplate.disks(random);
      return { instance, disks, usedBytes: usedBytesOf(disks) };
    });
    const policies = template.policies.map(
      (policyTemplate): PolicyPlan => ({
        policy: {
          id: random.cloudId("cbq"),
          folderId,
          name: policyTemplate.name,
          createdAt: "",
          updatedAt: "",
          enabled: true,
          settings: settingsOf(policyTemplate),
        },
        template: policyTemplate,
        encryption: random.chance(0.4) ? "AES256" : "NONE",
      }),
    );
    return { template, folder, vaultId, instances, policies };
  });
}

/** A seeded policy's settings, from its template: the schedule its backups follow, the count it keeps. */
function settingsOf(template: PolicyTemplate) {
  const hour = Math.floor((template.offsetMs % DAY) / HOUR);
  if (template.periodMs < DAY) {
    return policySettings({
      period: "HOURLY",
      everyHours: template.periodMs / HOUR,
      hour,
      maxCount: template.retention,
      scheme: "ALWAYS_INCREMENTAL",
    });
  }
  const period = template.periodMs === DAY ? "DAILY" : "WEEKLY";
  return policySettings({ period, hour, maxCount: template.retention, scheme: "ALWAYS_INCREMENTAL" });
}

/** The provider the seed activates in the default folder (the spec's examples call it `cyberprotect`). */
export const SEED_PROVIDER = "cyberprotect";

/**
 * The default folder is activated, with the three default policies activation creates. Their ids come from a
 * stream of their own, so that adding them changed no other seeded id.
 */
function defaultPoliciesOf(seed: number, folderId: string, createdAt: string): Policy[] {
  const random = new Random(hashKey(seed, "default-policies"));
  return DEFAULT_POLICIES.map(({ name, settings }) => ({
    id: random.cloudId("cbq"),
    folderId,
    name,
    createdAt,
    updatedAt: createdAt,
    enabled: true,
    settings: settings(),
  }));
}

export function usedBytesOf(disks: readonly Disk[]): number {
  let used = 0;
  for (const disk of disks) {
    for (const diskVolume of disk.volumes ?? []) used += Number(diskVolume.size) - Number(diskVolume.freeSpace);
  }
  return used;
}

// ── Backups: one chain per archive ───────────────────────────────────────────────────────────────────────

interface Chain {
  folder: FolderPlan;
  instance: InstancePlan;
  policy: PolicyPlan;
  /** Draws the archive's own fields: seeded by the pair, not by how many backups it holds. */
  archiveRandom: Random;
  archiveId: string;
  lastSeenAt: string;
  records: BackupRecord[];
}

function generateChain(folder: FolderPlan, pairIndex: number, count: number, nowMs: number, seed: number): Chain {
  const [instanceIndex, policyIndex] = folder.template.pairs[pairIndex]!;
  const instance = folder.instances[instanceIndex]!;
  const policy = folder.policies[policyIndex]!;
  const archiveRandom = new Random(hashKey(seed, "archive", folder.folder.id, pairIndex));
  const archiveId = archiveRandom.uuid();
  // The service refreshed the whole archive a few minutes ago; every live backup shares that string.
  const lastSeenAt = isoSeconds(nowMs - archiveRandom.int(60, 20 * 60) * 1000);

  const random = new Random(hashKey(seed, "backups", folder.folder.id, pairIndex));
  const { periodMs, offsetMs } = policy.template;
  // Too many backups for the cadence: squeeze them into the span instead of reaching back years; the schedule
  // is then moot, so the chain simply ends an hour before `now`.
  const onSchedule = count * periodMs <= SPAN_MS;
  const stepMs = onSchedule ? periodMs : SPAN_MS / count;
  // The newest run is the last scheduled one at least an hour ago, so that it finished well before `now`.
  const anchorMs = onSchedule ? Math.floor((nowMs - HOUR - offsetMs) / periodMs) * periodMs + offsetMs : nowMs - HOUR;
  const jitterMs = Math.min(20 * MINUTE, stepMs / 4);
  const fullEvery = random.int(6, 8);
  const originalDataSize = String(instance.usedBytes);
  // Per-archive prefixes: each backup's stream name and URI is then one flat suffix joined to a shared string.
  const streamPrefix = `XBKP-${instance.instance.name}-${policy.policy.name}-`;
  const uriPrefix = `ara://${archiveId}/`;

  const records: BackupRecord[] = [];
  for (let index = 0; index < count; index++) {
    const createdAtMs = Math.floor(anchorMs - (count - 1 - index) * stepMs + random.next() * jitterMs);
    const createdAt = new Date(createdAtMs).toISOString();
    const isFull = index % fullEvery === 0;
    const { backedUp, stored, deduplicated } = backupSizes(random, instance.usedBytes, isFull);
    const streamName = streamPrefix + compactTimestamp(createdAt);
    const backup: Required<Backup> = {
      id: random.uuid(),
      vaultId: folder.vaultId,
      archiveId,
      createdAt,
      lastSeenAt,
      size: String(stored),
      deduplicatedSize: String(deduplicated),
      backedUpDataSize: String(backedUp),
      originalDataSize,
      attributes: { streamName, uri: uriPrefix + streamName },
      computeInstanceId: instance.instance.id,
      disks: instance.disks,
      type: isFull ? "FULL" : "INCREMENTAL",
      deleted: false,
      policyId: policy.policy.id,
      resourceId: instance.instance.resourceId,
    };
    records.push({ backup, folderId: folder.folder.id, resourceType: instance.instance.kind, seq: 0, createdAtMs });
  }
  return { folder, instance, policy, archiveRandom, archiveId, lastSeenAt, records };
}

/**
 * Marks about 3% of the chains' backups deleted. Only INCREMENTAL backups that are not their archive's newest:
 * no chain loses its base, and every archive keeps a live newest backup.
 */
function markTombstones(chains: readonly Chain[], total: number, seed: number): void {
  const candidates: Array<{ chain: Chain; index: number }> = [];
  for (const chain of chains) {
    for (let index = 0; index < chain.records.length - 1; index++) {
      if (chain.records[index]!.backup.type === "INCREMENTAL") candidates.push({ chain, index });
    }
  }
  const random = new Random(hashKey(seed, "tombstones", total));
  const count = Math.min(candidates.length, Math.round(total * TOMBSTONE_SHARE));
  // A partial Fisher–Yates: the first `count` slots end up a uniform sample.
  for (let slot = 0; slot < count; slot++) {
    const swapWith = random.int(slot, candidates.length - 1);
    const chosen = candidates[swapWith]!;
    candidates[swapWith] = candidates[slot]!;
    candidates[slot] = chosen;
    const backup = chosen.chain.records[chosen.index]!.backup;
    backup.deleted = true;
    // Last seen by the run that followed it, after which it was deleted.
    backup.lastSeenAt = chosen.chain.records[chosen.index + 1]!.backup.createdAt;
  }
}

/** The archive's sizes add up its live backups; its dates bracket them. */
function archiveOf(chain: Chain): ArchiveRecord {
  const { archiveRandom: random, instance, policy, folder, archiveId, records } = chain;
  let dataSize = 0n;
  let compressedDataSize = 0n;
  for (const record of records) {
    if (record.backup.deleted) continue;
    dataSize += BigInt(record.backup.backedUpDataSize);
    compressedDataSize += BigInt(record.backup.size);
  }
  const first = records[0]!;
  // Never a tombstone (markTombstones spares it): the archive's newest backup is live.
  const newest = records[records.length - 1]!;
  const runSeconds = random.int(60, 15 * 60);
  const archive: Required<Archive> = {
    id: archiveId,
    name: archiveNameOf(policy.policy, instance.instance, archiveId.slice(0, 8)),
    vaultId: folder.vaultId,
    attributes: { aaib: random.uuid(), uri: `ara://${archiveId}` },
    size: String(dataSize),
    compressedDataSize: String(compressedDataSize),
    dataSize: String(dataSize),
    originalDataSize: String(instance.usedBytes),
    logicalSize: String(dataSize),
    format: "VERSION_12",
    createdAt: isoSeconds(first.createdAtMs),
    updatedAt: isoSeconds(newest.createdAtMs + runSeconds * 1000),
    lastBackupCreatedAt: newest.backup.createdAt,
    lastSeenAt: chain.lastSeenAt,
    protectedByPassword: policy.encryption !== "NONE",
    encryptionAlgorithm: policy.encryption,
    actions: random.chance(0.8) ? ["REFRESH"] : [],
    backupPlanId: policy.policy.id,
    backupPlanName: policy.policy.name,
    description: `${policy.template.summary} of ${instance.instance.name}, kept for ${policy.template.keptFor}`,
    displayName: `${instance.instance.name} - ${policy.policy.name}`,
    computeInstanceId: instance.instance.id,
    consistent: true,
    deleted: false,
    resourceId: instance.instance.resourceId,
  };
  return { archive, folderId: folder.folder.id, policyId: policy.policy.id };
}

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A backup's sizes, shared by the seed and by executePolicy: a FULL backup copies every byte in use, an
 * INCREMENTAL one 0.5–6% of them; compression keeps 45–75%, deduplication 55–95% of that.
 */
export function backupSizes(
  random: Random,
  usedBytes: number,
  isFull: boolean,
): { backedUp: number; stored: number; deduplicated: number } {
  const backedUp = isFull ? usedBytes : Math.round(usedBytes * random.float(0.005, 0.06));
  const stored = Math.round(backedUp * random.float(0.45, 0.75));
  const deduplicated = Math.round(stored * random.float(0.55, 0.95));
  return { backedUp, stored, deduplicated };
}

/** The disks of an instance no backup has described yet: one Linux system disk, as the seed's web servers. */
export function fallbackDisks(random: Random): Disk[] {
  return webLayout(random);
}

function alignDown(bytes: number, unit: number): number {
  return Math.floor(bytes / unit) * unit;
}

function isoSeconds(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

/** Where the characters of `20261031T020713` sit in `2026-10-31T02:07:13.512Z`. */
const COMPACT_TIMESTAMP_PICKS = [0, 1, 2, 3, 5, 6, 8, 9, 10, 11, 12, 14, 15, 17, 18];

/**
 * `2026-10-31T02:07:13.512Z` → `20261031T020713`, the agent's stream-name suffix. Built from character codes in
 * one go: slicing and concatenating would leave a tree of V8 cons strings behind every backup.
 */
export function compactTimestamp(iso: string): string {
  return String.fromCharCode(...COMPACT_TIMESTAMP_PICKS.map((index) => iso.charCodeAt(index)));
}

/**
 * Splits `total` over `weights`: one each first (in order, so that a handful of backups still covers every
 * instance), then the rest in proportion, by largest remainder. Integer arithmetic, so no float ties.
 */
function apportion(total: number, weights: readonly number[]): number[] {
  const counts = weights.map((_, index) => (index < total ? 1 : 0));
  const rest = total - Math.min(total, weights.length);
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  let given = 0;
  const remainders = weights.map((weight, index) => {
    const share = Math.floor((rest * weight) / weightSum);
    counts[index]! += share;
    given += share;
    return { index, remainder: (rest * weight) % weightSum };
  });
  remainders.sort((left, right) => right.remainder - left.remainder || left.index - right.index);
  for (let extra = 0; extra < rest - given; extra++) counts[remainders[extra]!.index]! += 1;
  return counts;
}

function readOptions(options: SeedOptions): { seed: number; backups: number; nowMs: number } {
  const seed = options.seed ?? DEFAULT_SEED;
  const backups = options.backups ?? DEFAULT_BACKUPS;
  const now = options.now ?? DEFAULT_SEED_NOW;
  const nowMs = Date.parse(now);
  if (!Number.isFinite(seed)) throw new RangeError(`generateSeed: seed must be a finite number, got ${seed}`);
  if (!Number.isSafeInteger(backups) || backups < 0)
    throw new RangeError(`generateSeed: backups must be a whole number ≥ 0, got ${backups}`);
  if (!Number.isFinite(nowMs))
    throw new RangeError(`generateSeed: now must be an RFC 3339 time, got ${JSON.stringify(now)}`);
  return { seed, backups, nowMs };
}

// ── Registrations: resources and applications ────────────────────────────────────────────────────────────

/**
 * The agent version the seeded agents run, and the newest one (one resource lags behind and can update); a newly
 * registered agent reports the newest (src/registration/).
 */
export const AGENT_LATEST = "18.0.38811";
const AGENT_OLDER = "17.0.37421";

/**
 * Every seeded instance is registered (its agent installed a year-odd ago, after the policies were made), and
 * each policy that made backups of an instance is applied to it. Statuses are those of a quiet fleet: idle and
 * online, but for the default folder's bare-metal server, backing up now (with an older agent), and the
 * staging folder's second instance, whose agent has stopped reporting (offline). Draws come from their own
 * stream, so registrations change nothing else of the seed.
 */
function registrationsOf(
  seed: number,
  folders: FolderPlan[],
  chains: Chain[],
  nowMs: number,
  policiesCreatedMs: number,
): { resources: ResourceRecord[]; applications: ApplicationRecord[] } {
  const random = new Random(hashKey(seed, "registrations"));
  const resources: ResourceRecord[] = [];
  const applications: ApplicationRecord[] = [];
  const lastBackupOf = new Map<string, number>();
  for (const chain of chains) {
    for (const record of chain.records) {
      if (record.backup.deleted) continue;
      const id = record.backup.computeInstanceId;
      lastBackupOf.set(id, Math.max(lastBackupOf.get(id) ?? 0, record.createdAtMs));
    }
  }
  const nextDay = new Date(Math.floor(nowMs / DAY) * DAY + DAY + 2 * HOUR).toISOString();
  folders.forEach((folder, folderIndex) => {
    const tenantId = random.uuid();
    const userId = random.uuid();
    folder.instances.forEach((plan, instanceIndex) => {
      const { instance } = plan;
      const createdAtMs = policiesCreatedMs + random.int(1, 30) * DAY + random.int(0, DAY / MINUTE - 1) * MINUTE;
      const backingUp = instance.kind === "BMS";
      const offline = folderIndex === 1 && instanceIndex === 1;
      const applied = chains.filter((chain) => chain.instance === plan);
      const last = lastBackupOf.get(instance.id);
      const createdAt = new Date(createdAtMs).toISOString();
      resources.push({
        resource: {
          computeInstanceId: instance.id,
          createdAt,
          updatedAt: new Date(Math.max(createdAtMs, last ?? 0)).toISOString(),
          online: !offline,
          enabled: true,
          status: backingUp ? "BACKUPING" : offline ? "OTHER" : "IDLE",
          statusDetails: offline ? "The backup agent has not reported for 3 days" : "",
          statusProgress: backingUp ? String(random.int(5, 95)) : "0",
          ...(last !== undefined && { lastBackupTime: new Date(last).toISOString() }),
          ...(applied.length > 0 && { nextBackupTime: nextDay }),
          resourceId: instance.resourceId,
          isActive: true,
          initStatus: "REGISTRED",
          metadata: "",
          type: instance.kind,
          agentInfo: {
            currentVersion: backingUp ? AGENT_OLDER : AGENT_LATEST,
            latestVersion: AGENT_LATEST,
            canUpdate: backingUp,
          },
        },
        folderId: folder.folder.id,
        tenantInfo: { folderId: folder.folder.id, personalTenantId: tenantId, userId },
        createdAtMs,
        seq: resources.length,
      });
      for (const chain of applied) {
        applications.push({
          policyId: chain.policy.policy.id,
          computeInstanceId: instance.id,
          enabled: true,
          status: "OK",
          createdAt: new Date(createdAtMs + 10 * MINUTE).toISOString(),
          isProcessing: false,
        });
      }
    });
  });
  return { resources, applications };
}

// ── Entry point ──────────────────────────────────────────────────────────────────────────────────────────

export function generateSeed(options: SeedOptions = {}): EmulatorState {
  const settings = readOptions(options);
  // Nearly every emulator starts from the default seed. It was generated by `buildSeed` when the package was built
  // (src/generated/default-seed.ts; a test fails when it drifts from what buildSeed makes) and is read back here,
  // a few milliseconds sooner than generating it again on a cold start.
  const isDefault =
    settings.seed === DEFAULT_SEED &&
    settings.backups === DEFAULT_BACKUPS &&
    settings.nowMs === Date.parse(DEFAULT_SEED_NOW);
  return isDefault ? keptDefaultSeed() : buildSeed(options);
}

/** The kept default seed, parsed: with one disks array per instance again, shared by its backups as buildSeed makes them. */
function keptDefaultSeed(): EmulatorState {
  const state = JSON.parse(DEFAULT_SEED_STATE_JSON) as EmulatorState;
  const disksByInstance = new Map<string, BackupRecord["backup"]["disks"]>();
  for (const { backup } of state.backups) {
    const shared = disksByInstance.get(backup.computeInstanceId);
    if (shared) backup.disks = shared;
    else disksByInstance.set(backup.computeInstanceId, backup.disks);
  }
  return state;
}

/** The seed, generated from its options every time: what `generateSeed` returns, without the kept default. */
export function buildSeed(options: SeedOptions = {}): EmulatorState {
  const { seed, backups, nowMs } = readOptions(options);
  const folders = planTopology(seed);

  const chainsByFolder = folders.map((folder) => {
    const template = folder.template;
    const counts =
      template.fixedCounts ??
      apportion(
        backups,
        template.pairs.map(([, policyIndex]) => template.policies[policyIndex]!.retention),
      );
    const chains: Chain[] = [];
    counts.forEach((count, pairIndex) => {
      if (count > 0) chains.push(generateChain(folder, pairIndex, count, nowMs, seed));
    });
    return chains;
  });
  // Tombstones only in the default folder: the small folders stay simple to reason about.
  markTombstones(chainsByFolder[0]!, backups, seed);

  const chains = chainsByFolder.flat();
  const records = chains.flatMap((chain) => chain.records);
  // Stored oldest first, as a service that inserted them as they were made; seq is that insertion order. Each
  // backup's task is numbered from 1 in that order; an instance keeps only its newest TASKS_KEPT_PER_RESOURCE,
  // as the emulator keeps them while it runs (the older ones' numbers stay unused).
  records.sort((left, right) => left.createdAtMs - right.createdAtMs);
  records.forEach((record, index) => {
    record.seq = index;
  });
  const tasks: TaskRecord[] = [];
  const tasksLeft = new Map<string, number>();
  for (let index = records.length - 1; index >= 0; index -= 1) {
    const record = records[index]!;
    const instanceId = record.backup.computeInstanceId;
    const left = tasksLeft.get(instanceId) ?? TASKS_KEPT_PER_RESOURCE;
    if (left === 0) continue;
    tasksLeft.set(instanceId, left - 1);
    tasks.push(seededBackupTask(record, index + 1));
  }
  tasks.reverse();

  const secret = new Random(hashKey(seed, "page-token-secret"));
  // Policies were made a year before the seed's time, before any of its backups.
  const policiesCreatedAt = new Date(nowMs - 365 * DAY).toISOString();
  const seededPolicies = folders.flatMap((folder) => folder.policies.map((plan) => plan.policy));
  for (const policy of seededPolicies) {
    policy.createdAt = policiesCreatedAt;
    policy.updatedAt = policiesCreatedAt;
  }
  const defaultFolder = folders[0]!.folder;
  const { resources, applications } = registrationsOf(seed, folders, chains, nowMs, nowMs - 365 * DAY);
  return {
    version: STATE_VERSION,
    pageTokenSecret: secret.hex(32),
    nextSeq: records.length,
    nextTaskSeq: records.length + 1,
    folders: folders.map((folder) => folder.folder),
    instances: folders.flatMap((folder) => folder.instances.map((plan) => plan.instance)),
    policies: [...seededPolicies, ...defaultPoliciesOf(seed, defaultFolder.id, policiesCreatedAt)],
    providers: [{ folderId: defaultFolder.id, name: SEED_PROVIDER }],
    resources,
    applications,
    archives: chains.map(archiveOf),
    backups: records,
    operations: [],
    tasks,
    registrationTokens: [],
    idempotencyKeys: {},
    schedulesRunUpTo: null,
  };
}
