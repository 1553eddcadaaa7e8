import type { Backup, BackupFile } from "@backup-api/types";
import { describe, expect, it } from "vitest";
import { listFiles } from "../../src/seed/file-tree.js";
import { DEFAULT_SEED_FOLDER_ID, generateSeed } from "../../src/seed/generate-seed.js";
import { schemaErrors } from "./spec-schema.js";

const state = generateSeed();
const defaultBackups = state.backups
  .filter((record) => record.folderId === DEFAULT_SEED_FOLDER_ID && !record.backup.deleted)
  .map((record) => record.backup);
/** One backup per instance: the tree's shape is the instance's, so this covers every shape the seed has. */
const onePerInstance = [
  ...new Map(state.backups.map((record) => [record.backup.computeInstanceId, record.backup])).values(),
];

function hasMount(backup: Required<Backup>, mount: string): boolean {
  return backup.disks.some((disk) => disk.volumes?.some((volume) => volume.mountStrid === mount));
}

function roots(backup: Required<Backup>): BackupFile[] {
  return listFiles(backup, undefined)!;
}

function children(backup: Required<Backup>, entry: BackupFile): BackupFile[] {
  const listed = listFiles(backup, entry.id!);
  if (listed === undefined) throw new Error(`${entry.fullPath} lists nothing`);
  return listed;
}

/** Follows names down from a disk, failing loudly at the first that is not there. */
function walkTo(backup: Required<Backup>, diskName: string, names: readonly string[]): BackupFile {
  let entry = roots(backup).find((root) => root.name === diskName);
  if (!entry) throw new Error(`no disk ${diskName}`);
  for (const name of names) {
    const next: BackupFile | undefined = children(backup, entry).find((child) => child.name === name);
    if (!next)
      throw new Error(
        `no ${name} in ${entry.fullPath}: ${children(backup, entry)
          .map((child) => child.name)
          .join(", ")}`,
      );
    entry = next;
  }
  return entry;
}

/** Every entry of the backup's tree, with its depth below the disk (the disk is 0). */
function everyEntry(
  backup: Required<Backup>,
): Array<{ entry: BackupFile; depth: number; parent: BackupFile | undefined }> {
  const found: Array<{ entry: BackupFile; depth: number; parent: BackupFile | undefined }> = [];
  const visit = (entries: BackupFile[], depth: number, parent: BackupFile | undefined) => {
    for (const entry of entries) {
      found.push({ entry, depth, parent });
      if (entry.type === "TYPE_DIR") visit(children(backup, entry), depth + 1, entry);
    }
  };
  visit(roots(backup), 0, undefined);
  return found;
}

/** Base64url of some text, the way ids are spelled, to forge ids in tests. */
function base64url(text: string): string {
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(id: string): string {
  return atob(id.replace(/-/g, "+").replace(/_/g, "/"));
}

describe("listFiles: disks", () => {
  it("lists one directory per disk at the root, without parentId", () => {
    for (const backup of onePerInstance) {
      const disks = roots(backup);
      expect(disks).toHaveLength(backup.disks.length);
      disks.forEach((entry, index) => {
        const disk = backup.disks[index]!;
        expect(entry.type).toBe("TYPE_DIR");
        expect(entry.parentId).toBeUndefined();
        expect(entry.name).toBe(disk.name);
        expect(entry.fullPath).toBe(`/${disk.name}`);
        expect(entry.size).toBe(disk.size);
        expect(entry.actions).toEqual({ restoreToDisk: true, goToLocation: true });
      });
    }
  });

  it("treats an empty sourceId as none", () => {
    const backup = defaultBackups[0]!;
    expect(listFiles(backup, "")).toEqual(roots(backup));
  });
});

describe("listFiles: directories", () => {
  it("lists a directory's children, each pointing back at it", () => {
    const backup = defaultBackups.find((candidate) => hasMount(candidate, "/"))!;
    const disk = roots(backup)[0]!;
    const top = children(backup, disk);
    expect(top.map((entry) => entry.name)).toEqual(expect.arrayContaining(["etc", "home", "var"]));
    for (const entry of top) {
      expect(entry.parentId).toBe(disk.id);
      expect(entry.fullPath).toBe(`${disk.fullPath}/${entry.name}`);
    }
    const etc = top.find((entry) => entry.name === "etc")!;
    const insideEtc = children(backup, etc);
    expect(insideEtc.some((entry) => entry.type === "TYPE_FILE" && entry.name === "hostname")).toBe(true);
    for (const entry of insideEtc) expect(entry.parentId).toBe(etc.id);
  });

  it("reaches four levels and more: PostgreSQL's data directory on its own disk", () => {
    const backup = defaultBackups.find((candidate) => hasMount(candidate, "/var/lib/postgresql"))!;
    const dataDisk = backup.disks.find((disk) =>
      disk.volumes?.some((volume) => volume.mountStrid === "/var/lib/postgresql"),
    )!;
    const base = walkTo(backup, dataDisk.name!, ["16", "main", "base"]);
    expect(base.fullPath).toBe(`/${dataDisk.name}/16/main/base`);
    const database = children(backup, base).find(
      (entry) => /^[0-9]+$/.test(entry.name!) && Number(entry.name) >= 16384,
    )!;
    const relations = children(backup, database);
    expect(relations.length).toBeGreaterThan(0);
    expect(relations.every((entry) => entry.type === "TYPE_FILE")).toBe(true);
    // On the system disk the same path is only the mount point: empty.
    const systemDisk = backup.disks.find((disk) => disk.volumes?.some((volume) => volume.mountStrid === "/"))!;
    expect(children(backup, walkTo(backup, systemDisk.name!, ["var", "lib", "postgresql"]))).toEqual([]);
  });

  it("has entries at least 4 levels below the disk in every Linux and Windows tree", () => {
    for (const backup of onePerInstance) {
      expect(Math.max(...everyEntry(backup).map(({ depth }) => depth))).toBeGreaterThanOrEqual(4);
    }
  });

  it("shows a Windows tree on a disk whose volume is C:", () => {
    const backup = defaultBackups.find((candidate) => hasMount(candidate, "C:"))!;
    const hosts = walkTo(backup, backup.disks[0]!.name!, ["Windows", "System32", "drivers", "etc", "hosts"]);
    expect(hosts.type).toBe("TYPE_FILE");
    expect(hosts.fullPath).toBe(`/${backup.disks[0]!.name}/Windows/System32/drivers/etc/hosts`);
  });

  it("is bounded, consistent and valid: every entry validates against BackupFile, before the backup", () => {
    for (const backup of onePerInstance) {
      const createdMs = Date.parse(backup.createdAt);
      const entries = everyEntry(backup);
      expect(entries.length).toBeGreaterThan(20);
      expect(entries.length).toBeLessThan(5000);
      const ids = new Set<string>();
      for (const { entry, depth, parent } of entries) {
        expect(schemaErrors("BackupFile", entry)).toEqual([]);
        expect(depth).toBeLessThanOrEqual(8);
        expect(entry.id).toMatch(/^[A-Za-z0-9_-]+$/);
        ids.add(entry.id!);
        expect(Date.parse(entry.modifiedAt!)).toBeLessThan(createdMs);
        expect(entry.size).toMatch(/^[0-9]+$/);
        if (parent) {
          expect(entry.parentId).toBe(parent.id);
          expect(entry.fullPath).toBe(`${parent.fullPath}/${entry.name}`);
        }
        if (entry.type === "TYPE_DIR") {
          expect(entry.actions).toEqual({ restoreToDisk: true, goToLocation: true });
          const listed = children(backup, entry);
          expect(listed.length).toBeLessThanOrEqual(20);
          expect(new Set(listed.map((child) => child.name)).size).toBe(listed.length);
        } else {
          expect(entry.type).toBe("TYPE_FILE");
          expect(entry.actions).toEqual({ restoreToDisk: true, goToLocation: false });
        }
      }
      expect(ids.size).toBe(entries.length);
    }
  });

  it("lists nothing inside a file", () => {
    const backup = defaultBackups.find((candidate) => hasMount(candidate, "/"))!;
    const hostname = walkTo(backup, backup.disks[0]!.name!, ["etc", "hostname"]);
    expect(listFiles(backup, hostname.id!)).toEqual([]);
  });
});

describe("listFiles: a pure function of the backup and the path", () => {
  it("gives the same listing every time", () => {
    const backup = defaultBackups[defaultBackups.length - 1]!;
    const first = everyEntry(backup);
    expect(everyEntry(structuredClone(backup))).toEqual(first);
  });

  it("keeps an instance's directories from backup to backup, with ids of its own per backup", () => {
    const instanceId = defaultBackups[0]!.computeInstanceId;
    const [older, newer] = defaultBackups.filter((backup) => backup.computeInstanceId === instanceId);
    const names = (backup: Required<Backup>) => everyEntry(backup).map(({ entry }) => entry.fullPath);
    expect(names(newer!)).toEqual(names(older!));
    expect(roots(newer!)[0]!.id).not.toBe(roots(older!)[0]!.id);
  });
});

describe("listFiles: ids that name nothing", () => {
  const backup = defaultBackups.find((candidate) => hasMount(candidate, "/"))!;
  const other = defaultBackups.find((candidate) => candidate.computeInstanceId !== backup.computeInstanceId)!;
  const etc = walkTo(backup, backup.disks[0]!.name!, ["etc"]);

  it("answers undefined for garbage, a backup id, or another backup's entry", () => {
    for (const sourceId of [
      "garbage",
      "!!!",
      "disk-0",
      backup.id,
      "a".repeat(10_000),
      roots(other)[0]!.id!,
      children(other, roots(other)[0]!)[0]!.id!,
    ]) {
      expect(listFiles(backup, sourceId)).toBeUndefined();
    }
  });

  it("answers undefined for a well-formed id whose path or disk is not in the tree", () => {
    const [tag] = fromBase64url(etc.id!).split(":");
    for (const text of [
      `${tag}:0:/etc/no-such-dir`,
      `${tag}:0:/etc/hostname/inside`,
      `${tag}:9:/`,
      `${tag}:0://etc`,
      `${tag}:0:/etc/`,
      `${tag}:00:/etc`,
      `${tag}:0:etc`,
    ]) {
      expect(listFiles(backup, base64url(text))).toBeUndefined();
    }
    // The forging works: the same spelling of a real path lists it.
    expect(listFiles(backup, base64url(`${tag}:0:/etc`))).toEqual(children(backup, etc));
  });
});
