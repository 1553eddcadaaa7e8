import { describe, expectTypeOf, it } from "vitest";
import type { BackupClient, ListBackupsInput, ListSelector } from "../../src/index.js";

declare const client: BackupClient;

describe("list selector types", () => {
  it("accept each of the seven selectors alone", () => {
    client.backups.list({ computeInstanceId: "i" });
    client.backups.list({ archive: { archiveId: "a", folderId: "f" } });
    client.backups.list({ folderId: "f", pageSize: 50 });
    client.backups.list({ instancePolicy: { computeInstanceId: "i" } });
    client.backups.list({ instancePolicy: { policyId: "p" } });
    client.backups.list({ resourceId: "r", pageToken: "t" });
    client.backups.list({ policyId: "p" });
    client.backups.list({ backup: { backupId: "b", folderId: "f" } });
    expectTypeOf<{ folderId: string }>().toExtend<ListSelector>();
  });

  it("reject none", () => {
    // @ts-expect-error no selector
    client.backups.list({});
    // @ts-expect-error no selector, only paging
    client.backups.list({ pageSize: 10 });
  });

  it("reject two", () => {
    // @ts-expect-error two selectors
    client.backups.list({ folderId: "f", computeInstanceId: "i" });
    // @ts-expect-error two selectors
    client.backups.list({ policyId: "p", archive: { archiveId: "a", folderId: "f" } });
    // @ts-expect-error two selectors in listAll too
    client.backups.listAll({ resourceId: "r", backup: { backupId: "b", folderId: "f" } });
  });

  it("reject incomplete nested selectors", () => {
    // @ts-expect-error archive needs folderId too
    client.backups.list({ archive: { archiveId: "a" } });
    // @ts-expect-error instancePolicy needs at least one field
    client.backups.list({ instancePolicy: {} });
  });

  it("reject pageToken with policyId, and in listAll", () => {
    // @ts-expect-error no pageToken when listing by policy
    client.backups.list({ policyId: "p", pageToken: "t" });
    // @ts-expect-error listAll follows the pages itself
    client.backups.listAll({ folderId: "f", pageToken: "t" });
  });

  it("type the resource kind filter as the enum", () => {
    // @ts-expect-error not a ResourceType
    client.backups.list({ folderId: "f", type: "VM" });
    expectTypeOf<ListBackupsInput>().not.toBeAny();
  });
});
