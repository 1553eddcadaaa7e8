import { describe, expect, it } from "vitest";
import { testEmulator, type TestEmulator } from "../support/emulator.js";
import { seeded } from "../support/seeded.js";
import { violationsOf } from "../support/violations.js";

async function walk(
  target: TestEmulator,
  query: string,
  between?: (idsSoFar: readonly string[]) => Promise<void>,
): Promise<string[]> {
  const ids: string[] = [];
  let pageToken = "";
  for (;;) {
    const { status, body } = await target.json(
      "GET",
      `/backup/v1/backups?${query}${pageToken ? `&pageToken=${encodeURIComponent(pageToken)}` : ""}`,
    );
    expect(status).toBe(200);
    ids.push(...(body.backups ?? []).map((backup: any) => backup.id));
    pageToken = body.nextPageToken ?? "";
    if (!pageToken) return ids;
    await between?.(ids);
  }
}

describe("list: pages", () => {
  it("sorts newest first by default, oldest first with createdAt asc", async () => {
    const target = testEmulator();
    const folder = seeded(target.emulator).readableFolder.id;
    const { body: desc } = await target.json("GET", `/backup/v1/backups?folderId=${folder}&pageSize=1000`);
    const times = desc.backups.map((backup: any) => Date.parse(backup.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const { body: asc } = await target.json(
      "GET",
      `/backup/v1/backups?folderId=${folder}&pageSize=1000&orderBy=${encodeURIComponent("createdAt asc")}`,
    );
    expect(asc.backups.map((backup: any) => backup.id)).toEqual(
      [...desc.backups].reverse().map((backup: any) => backup.id),
    );
  });

  it("400 naming orderBy for a field it cannot sort on", async () => {
    const target = testEmulator();
    const { status, body } = await target.json("GET", `/backup/v1/backups?folderId=b1g&orderBy=size`);
    expect(status).toBe(400);
    expect(body.details[1].fieldViolations[0].field).toBe("orderBy");
  });

  it("uses the platform default of 100 per page when pageSize is absent or 0", async () => {
    const target = testEmulator({ seed: { backups: 250 } });
    const folder = seeded(target.emulator).readableFolder.id;
    for (const query of [`folderId=${folder}`, `folderId=${folder}&pageSize=0`]) {
      const { body } = await target.json("GET", `/backup/v1/backups?${query}`);
      expect(body.backups).toHaveLength(100);
      expect(body.nextPageToken).toBeTruthy();
    }
  });

  it("walks every backup once, in order, and leaves nextPageToken out on the last page", async () => {
    const target = testEmulator({ seed: { backups: 250 } });
    const { readableFolder, state } = seeded(target.emulator);
    const ids = await walk(target, `folderId=${readableFolder.id}&pageSize=7`);
    const expected = state.backups
      .filter((record) => record.folderId === readableFolder.id)
      .sort((a, b) => b.createdAtMs - a.createdAtMs || b.seq - a.seq)
      .map((record) => record.backup.id);
    expect(ids).toEqual(expected);
  });

  it("neither skips nor repeats a backup when backups are deleted between pages (keyset, not offset)", async () => {
    const target = testEmulator({ seed: { backups: 120 }, operations: { delete: { durationMs: 0 } } });
    const { readableFolder } = seeded(target.emulator);
    const deleted = new Set<string>();
    const ids = await walk(target, `folderId=${readableFolder.id}&pageSize=10`, async (seen) => {
      // Delete one backup already shown and one not shown yet; each deletion finishes at once.
      const state = target.emulator.snapshot();
      const live = state.backups.filter((record) => record.folderId === readableFolder.id && !record.backup.deleted);
      const shown = live.find((record) => seen.includes(record.backup.id));
      const upcoming = live.find((record) => !seen.includes(record.backup.id) && !deleted.has(record.backup.id));
      for (const record of [shown, upcoming]) {
        if (!record) continue;
        deleted.add(record.backup.id);
        const { status } = await target.json(
          "DELETE",
          `/backup/v1/backups/${record.backup.computeInstanceId}/${record.backup.id}`,
        );
        expect(status).toBe(200);
      }
    });
    expect(deleted.size).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    const survivors = target.emulator
      .snapshot()
      .backups.filter((record) => record.folderId === readableFolder.id)
      .map((record) => record.backup.id);
    for (const id of survivors) expect(ids).toContain(id);
  });

  it("rejects a modified token and a token from another query with 400 naming pageToken", async () => {
    const target = testEmulator();
    const { readableFolder, computeBackup } = seeded(target.emulator);
    const { body } = await target.json("GET", `/backup/v1/backups?folderId=${readableFolder.id}&pageSize=5`);
    const token: string = body.nextPageToken;
    expect(token.length).toBeLessThanOrEqual(100);
    const flipped = token.slice(0, 5) + (token[5] === "A" ? "B" : "A") + token.slice(6);
    for (const query of [
      `folderId=${readableFolder.id}&pageSize=5&pageToken=${flipped}`,
      `folderId=${readableFolder.id}&pageSize=5&pageToken=garbage`,
      `computeInstanceId=${computeBackup.backup.computeInstanceId}&pageToken=${token}`,
      `folderId=${readableFolder.id}&orderBy=${encodeURIComponent("createdAt asc")}&pageToken=${token}`,
    ]) {
      const { status, body: error } = await target.json("GET", `/backup/v1/backups?${query}`);
      expect(status).toBe(400);
      expect(error.details[1].fieldViolations[0].field).toBe("pageToken");
    }
    // The page size may change between pages.
    const next = await target.json(
      "GET",
      `/backup/v1/backups?folderId=${readableFolder.id}&pageSize=8&pageToken=${token}`,
    );
    expect(next.status).toBe(200);
    expect(next.body.backups).toHaveLength(8);
  });

  it("keeps tokens valid across snapshot and restore", async () => {
    const target = testEmulator();
    const folder = seeded(target.emulator).readableFolder.id;
    const { body } = await target.json("GET", `/backup/v1/backups?folderId=${folder}&pageSize=5`);
    target.emulator.restore(target.emulator.snapshot());
    expect(
      (await target.json("GET", `/backup/v1/backups?folderId=${folder}&pageSize=5&pageToken=${body.nextPageToken}`))
        .status,
    ).toBe(200);
  });

  it("filters on created_at with comparisons joined by AND", async () => {
    const target = testEmulator();
    const { readableFolder, state } = seeded(target.emulator);
    const times = state.backups
      .filter((record) => record.folderId === readableFolder.id)
      .map((record) => record.createdAtMs)
      .sort((a, b) => a - b);
    const from = new Date(times[10]!).toISOString();
    const to = new Date(times[20]!).toISOString();
    const filter = encodeURIComponent(`created_at >= "${from}" AND created_at < "${to}"`);
    const { body } = await target.json(
      "GET",
      `/backup/v1/backups?folderId=${readableFolder.id}&pageSize=1000&filter=${filter}`,
    );
    const listed = body.backups.map((backup: any) => Date.parse(backup.createdAt));
    expect(listed.length).toBe(times.filter((time) => time >= times[10]! && time < times[20]!).length);
    for (const time of listed) expect(time >= times[10]! && time < times[20]!).toBe(true);
  });

  it.each([
    'size > "1"',
    'created_at > "yesterday"',
    'created_at > "2026-01-01T00:00:00Z" OR created_at < "2026-02-01T00:00:00Z"',
  ])("400 naming filter and saying what is supported for %s", async (filter) => {
    const target = testEmulator();
    const { status, body } = await target.json(
      "GET",
      `/backup/v1/backups?folderId=b1g&filter=${encodeURIComponent(filter)}`,
    );
    expect(status).toBe(400);
    expect(body.details[1].fieldViolations[0].field).toBe("filter");
    expect(body.message).toMatch(/only comparisons of created_at/);
  });

  it("filters by resource type", async () => {
    const target = testEmulator();
    const { readableFolder, state } = seeded(target.emulator);
    const { body } = await target.json(
      "GET",
      `/backup/v1/backups?folderId=${readableFolder.id}&pageSize=1000&type=BMS`,
    );
    const expected = state.backups.filter(
      (record) => record.folderId === readableFolder.id && record.resourceType === "BMS",
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect(body.backups).toHaveLength(expected);
  });

  it("leaves proto3 defaults out: no deleted:false, no empty nextPageToken", async () => {
    const target = testEmulator();
    const folder = seeded(target.emulator).readableFolder.id;
    const { body } = await target.json("GET", `/backup/v1/backups?folderId=${folder}&pageSize=1000`);
    expect("nextPageToken" in body).toBe(false);
    const live = body.backups.filter((backup: any) => !backup.deleted);
    expect(live.length).toBeGreaterThan(0);
    for (const backup of live) expect("deleted" in backup).toBe(false);
    expect(body.backups.some((backup: any) => backup.deleted === true)).toBe(true);
  });

  it("a bare createdAt sorts oldest first, like createdAt asc", async () => {
    const target = testEmulator();
    const folder = seeded(target.emulator).readableFolder.id;
    const ids = async (orderBy: string) =>
      (
        await target.json(
          "GET",
          `/backup/v1/backups?folderId=${folder}&pageSize=1000&orderBy=${encodeURIComponent(orderBy)}`,
        )
      ).body.backups.map((b: any) => b.id);
    expect(await ids("createdAt")).toEqual(await ids("createdAt asc"));
  });

  it("> and < leave the time itself out; >=, <= and = keep it", async () => {
    const target = testEmulator();
    const { readableFolder, state } = seeded(target.emulator);
    const all = state.backups
      .filter((record) => record.folderId === readableFolder.id)
      .map((record) => record.createdAtMs);
    const pivot = [...all].sort((a, b) => a - b)[10]!;
    const at = new Date(pivot).toISOString();
    const listed = async (filter: string) => {
      const { status, body } = await target.json(
        "GET",
        `/backup/v1/backups?folderId=${readableFolder.id}&pageSize=1000&filter=${encodeURIComponent(filter)}`,
      );
      expect(status).toBe(200);
      return (body.backups ?? [])
        .map((backup: any) => Date.parse(backup.createdAt))
        .sort((a: number, b: number) => a - b);
    };
    const expected = (keep: (time: number) => boolean) => all.filter(keep).sort((a, b) => a - b);
    expect(await listed(`created_at > "${at}"`)).toEqual(expected((time) => time > pivot));
    expect(await listed(`created_at >= "${at}"`)).toEqual(expected((time) => time >= pivot));
    expect(await listed(`created_at < "${at}"`)).toEqual(expected((time) => time < pivot));
    expect(await listed(`created_at <= "${at}"`)).toEqual(expected((time) => time <= pivot));
    expect(await listed(`created_at = "${at}"`)).toEqual(expected((time) => time === pivot));
  });

  it("walks oldest first too, every backup once", async () => {
    const target = testEmulator({ seed: { backups: 250 } });
    const { readableFolder, state } = seeded(target.emulator);
    const ids = await walk(
      target,
      `folderId=${readableFolder.id}&pageSize=7&orderBy=${encodeURIComponent("createdAt asc")}`,
    );
    const expected = state.backups
      .filter((record) => record.folderId === readableFolder.id)
      .sort((a, b) => a.createdAtMs - b.createdAtMs || a.seq - b.seq)
      .map((record) => record.backup.id);
    expect(ids).toEqual(expected);
  });

  it("no nextPageToken when the last page is exactly full", async () => {
    const target = testEmulator();
    const { readableFolder, state } = seeded(target.emulator);
    const total = state.backups.filter((record) => record.folderId === readableFolder.id).length;
    const { body } = await target.json("GET", `/backup/v1/backups?folderId=${readableFolder.id}&pageSize=${total}`);
    expect(body.backups).toHaveLength(total);
    expect(body.nextPageToken).toBeUndefined();
  });

  it("a token from an untyped listing is refused with type=BMS", async () => {
    const target = testEmulator();
    const { readableFolder } = seeded(target.emulator);
    const { body } = await target.json("GET", `/backup/v1/backups?folderId=${readableFolder.id}&pageSize=5`);
    const { status, body: error } = await target.json(
      "GET",
      `/backup/v1/backups?folderId=${readableFolder.id}&type=BMS&pageToken=${body.nextPageToken}`,
    );
    expect(status).toBe(400);
    expect(violationsOf(error)[0]!.field).toBe("pageToken");
  });

  it("leaves int64 zeros out: a Windows directory has no size", async () => {
    const target = testEmulator();
    const state = target.emulator.snapshot();
    const windows = state.instances.find((instance) => instance.name.startsWith("win-"))!;
    const record = state.backups.find(
      (candidate) => candidate.backup.computeInstanceId === windows.id && !candidate.backup.deleted,
    )!;
    const base = `/backup/v1/backups/${record.backup.id}/files?folderId=${record.folderId}`;
    const { body: roots } = await target.json("GET", base);
    const dirs: any[] = [];
    for (const root of roots.files) {
      const { body } = await target.json("GET", `${base}&sourceId=${encodeURIComponent(root.id)}`);
      dirs.push(...(body.files ?? []).filter((file: any) => file.type === "TYPE_DIR"));
    }
    expect(dirs.length).toBeGreaterThan(0);
    expect(dirs.filter((dir) => "size" in dir)).toEqual(
      dirs.filter((dir) => dir.size !== undefined && dir.size !== "0"),
    );
    expect(dirs.some((dir) => !("size" in dir))).toBe(true);
  });

  it("leaves an enum at its *_UNSPECIFIED value out", async () => {
    const target = testEmulator();
    const { computeBackup, readableFolder } = seeded(target.emulator);
    const state = target.emulator.snapshot();
    state.backups.find((record) => record.backup.id === computeBackup.backup.id)!.backup.type = "TYPE_UNSPECIFIED";
    target.emulator.restore(state);
    const { status, body } = await target.json(
      "GET",
      `/backup/v1/backups/${computeBackup.backup.id}?folderId=${readableFolder.id}`,
    );
    expect(status).toBe(200);
    expect("type" in body).toBe(false);
  });

  it("leaves empty lists out: an instance with no backups answers {}", async () => {
    const target = testEmulator();
    const { backupless, readableFolder } = seeded(target.emulator);
    const { status, body } = await target.json(
      "GET",
      `/backup/v1/backups/${backupless.id}/archives?folderId=${readableFolder.id}`,
    );
    expect(status).toBe(200);
    expect(body).toEqual({});
  });
});
