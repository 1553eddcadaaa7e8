import { describe, expect, it } from "vitest";
import { LIST_SELECTORS } from "../../src/generated/list-selectors.js";
import { BackupUsageError, createBackupClient, type ListBackupsInput } from "../../src/index.js";

/** A client whose fetch records the URLs and answers an empty page. */
function recording() {
  const urls: string[] = [];
  const client = createBackupClient({
    iamToken: "t",
    baseUrl: "http://api",
    fetch: async (request) => {
      urls.push(request.url);
      return new Response("{}", { headers: { "content-type": "application/json" } });
    },
  });
  return { client, urls };
}

// the selectors as the spec's x-selector gives them (the generated table), in order
const SELECTOR_NAMES = LIST_SELECTORS.map((selector) => selector.name).join(", ");

const query = (u: string) => decodeURIComponent(new URL(u).search.slice(1));

describe("list selectors", () => {
  const cases: [ListBackupsInput, string][] = [
    [{ computeInstanceId: "i1" }, "computeInstanceId=i1"],
    [{ archive: { archiveId: "a1", folderId: "f1" } }, "archive.archiveId=a1&archive.folderId=f1"],
    [{ folderId: "f1" }, "folderId=f1"],
    [
      { instancePolicy: { computeInstanceId: "i1", policyId: "p1" } },
      "instancePolicy.computeInstanceId=i1&instancePolicy.policyId=p1",
    ],
    [{ instancePolicy: { policyId: "p1" } }, "instancePolicy.policyId=p1"],
    [{ resourceId: "r1" }, "resourceId=r1"],
    [{ policyId: "p1" }, "policyId=p1"],
    [{ backup: { backupId: "b1", folderId: "f1" } }, "backup.backupId=b1&backup.folderId=f1"],
    [
      {
        folderId: "f 1",
        pageSize: 50,
        pageToken: "tok",
        orderBy: "createdAt asc",
        filter: 'created_at > "2026"',
        type: "COMPUTE",
      },
      'pageSize=50&orderBy=createdAt asc&filter=created_at > "2026"&type=COMPUTE&pageToken=tok&folderId=f 1',
    ],
  ];

  it("cover every selector of the spec", () => {
    expect(new Set(cases.map(([params]) => LIST_SELECTORS.find((selector) => selector.name in params)?.name))).toEqual(
      new Set(LIST_SELECTORS.map((selector) => selector.name)),
    );
  });

  it.each(cases)("serialize %j to dotted query names", async (params, expected) => {
    const { client, urls } = recording();
    await client.backups.list(params);
    expect(query(urls[0]!)).toBe(expected);
    expect(urls[0]!.startsWith("http://api/backup/v1/backups?")).toBe(true);
  });

  it("encode values", async () => {
    const { client, urls } = recording();
    await client.backups.list({ filter: "a&b=c", folderId: "f/1" });
    expect(new URL(urls[0]!).search).toBe("?filter=a%26b%3Dc&folderId=f%2F1");
  });

  const bad = (p: unknown) => recording().client.backups.list(p as ListBackupsInput);

  it("reject none, with the list of selectors", async () => {
    await expect(bad({ pageSize: 10 })).rejects.toThrow(
      `backups.list: give exactly one selector of ${SELECTOR_NAMES}; got none`,
    );
    await expect(bad(undefined)).rejects.toBeInstanceOf(BackupUsageError);
  });

  it("reject two, naming them", async () => {
    await expect(bad({ folderId: "f", computeInstanceId: "i" })).rejects.toThrow(
      `backups.list: give exactly one selector of ${SELECTOR_NAMES}; got computeInstanceId and folderId`,
    );
  });

  it("reject incomplete or wrongly typed nested selectors", async () => {
    await expect(bad({ archive: { archiveId: "a" } })).rejects.toThrow(
      "backups.list: the archive selector needs archiveId and folderId",
    );
    await expect(bad({ backup: {} })).rejects.toThrow("backups.list: the backup selector needs backupId and folderId");
    await expect(bad({ instancePolicy: {} })).rejects.toThrow(
      "backups.list: the instancePolicy selector needs computeInstanceId or policyId",
    );
    await expect(bad({ archive: "a" })).rejects.toThrow(
      "backups.list: the archive selector needs archiveId and folderId",
    );
    await expect(bad({ archive: { archiveId: 1, folderId: "f" } })).rejects.toThrow(
      "backups.list: archive.archiveId must be a non-empty string",
    );
    await expect(bad({ folderId: "" })).rejects.toThrow(
      "backups.list: folderId must be a non-empty string, got an empty string",
    );
  });

  it("reject pageToken with the policyId selector", async () => {
    await expect(bad({ policyId: "p", pageToken: "t" })).rejects.toThrow(
      "backups.list: pageToken is not allowed with the policyId selector",
    );
  });

  it("are checked before anything is sent", async () => {
    const { client, urls } = recording();
    await client.backups.list({} as ListBackupsInput).catch(() => {});
    expect(urls).toHaveLength(0);
  });

  it("are checked by listAll when it is called, not at the first page", () => {
    const { client } = recording();
    expect(() => client.backups.listAll({} as never)).toThrow(BackupUsageError);
  });
});
