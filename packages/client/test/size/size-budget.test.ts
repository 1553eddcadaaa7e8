import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { measureSize } from "../../scripts/measure-size.mjs";

type Sizes = Awaited<ReturnType<typeof measureSize>>;

/**
 * A regression budget, not a goal: bytes, minified + gzipped, of an app's bundle of the ESM build with
 * openapi-fetch (2,598 B of it), for the build's own target. Two apps, each budgeted at what it measured when the
 * whole API (policies, providers, resources, setup, operations.cancel) was added, plus 5 %:
 *
 * - an app that calls only `backups.get`, through `backupsGet` on a core: 6,835 B, as before the new services
 *   (6,834 B then: the same 17,538 B minified, the byte is esbuild naming its variables otherwise), so they cost
 *   it nothing (the test below checks their code is absent); 8,557 B when createBackupClient was the only way;
 * - an app that uses every service, through `createBackupClient`: 10,791 B (9,019 B with the Backup resource and
 *   operations alone: the 19 new methods, their answers' defaults, and the defaults inside a policy's settings).
 *
 * `policySettings` is in neither: an app ships it only when it imports it (2,512 B alone, no openapi-fetch).
 * The issue also asked for no more than 8,000 B; the README's "Size and speed" says why the every-service app
 * does not fit under it. Lower a budget when the client shrinks; raise it only with a reason in the commit.
 */
const BUDGET = { getOnly: 7177, everyService: 11331 };

let sizes: Sizes;

beforeAll(async () => {
  expect(existsSync(new URL("../../dist/index.js", import.meta.url)), "run the build first").toBe(true);
  sizes = await measureSize();
});

describe("bundle size", () => {
  it(`an app that calls only backups.get stays within ${BUDGET.getOnly} bytes gzipped, dependencies included`, () => {
    const { getOnly, openapiFetch } = sizes;
    expect(getOnly.gzipped).toBeGreaterThan(openapiFetch.gzipped);
    expect(getOnly.gzipped, `backups.get alone ${getOnly.gzipped} B gzipped`).toBeLessThanOrEqual(BUDGET.getOnly);
  });

  it(`an app that uses every service stays within ${BUDGET.everyService} bytes gzipped, dependencies included`, () => {
    const { everyService, getOnly } = sizes;
    expect(everyService.gzipped).toBeGreaterThan(getOnly.gzipped);
    expect(everyService.gzipped, `every service ${everyService.gzipped} B gzipped`).toBeLessThanOrEqual(
      BUDGET.everyService,
    );
  });

  it("leaves the policy settings builder out of both apps: it ships only where it is imported", () => {
    const { settingsBuilder, getOnly, everyService } = sizes;
    for (const string of ["policySettings", "[Machine Name]-[Plan ID]-[Unique ID]a", "9223372036854775807"]) {
      // the check is real: the builder alone has each one
      expect(settingsBuilder.code, string).toContain(string);
      expect(getOnly.code, string).not.toContain(string);
      expect(everyService.code, string).not.toContain(string);
    }
    // nor does it bring in openapi-fetch (its middleware hook, in every app that calls the API)
    expect(getOnly.code).toContain("onRequest");
    expect(settingsBuilder.code).not.toContain("onRequest");
  });

  it("leaves openapi-fetch out of an app that imports only the error classes", () => {
    const { errorsOnly, openapiFetch } = sizes;
    expect(errorsOnly.gzipped, `errors alone ${errorsOnly.gzipped} B gzipped`).toBeLessThan(openapiFetch.gzipped);
  });
});

describe("what an app that calls only backups.get ships", () => {
  /** Strings only the other operations' code holds: their names, routes, messages and the messages they answer with. */
  const others: Record<string, string[]> = {
    "backups.list and listAll, and the list selectors": [
      "backups.list",
      "backups.listAll",
      "give exactly one selector",
      "instancePolicy.computeInstanceId",
      "the same nextPageToken twice",
    ],
    "backups.listArchives": ["backups.listArchives", "/backup/v1/backups/{computeInstanceId}/archives"],
    "backups.listFiles": ["backups.listFiles", "/backup/v1/backups/{backupId}/files"],
    "backups.startRecovery": ["backups.startRecovery", ":startRecovery"],
    "backups.delete": ["backups.delete", "/backup/v1/backups/{computeInstanceId}/{backupId}"],
    "operations.get, operations.cancel and operations.wait": [
      "operations.get",
      "/operations/{operationId}",
      "operations.cancel",
      "/operations/{operationId}:cancel",
      "operations.wait",
      "may still be running",
      "BackupOperationError",
    ],
    "the policies": [
      "policies.list",
      "policies.create",
      "/backup/v1/policies",
      "/backup/v1/policies/{policyId}:apply",
      "policies.listApplications",
      "give at most one of folderId and computeInstanceId",
    ],
    "the providers": ["providers.activate", "/backup/v1/providers/{name}:activate", "providers.listActivated"],
    "the resources and their paging": [
      "resources.list",
      "resources.listAll",
      "/backup/v1/resources/{computeInstanceId}",
      "resources.listAllTasks",
      "/backup/v1/resources/{computeInstanceId}/tasks",
    ],
    setup: ["setup.getAgentInstallCommand", "/backup/v1/setup/getAgentInstallCommand"],
    // one field of each, found in no message backups.get answers with
    "the other operations' response defaults": [
      "nextPageToken", // ListBackupsResponse
      "FORMAT_UNSPECIFIED", // Archive (listArchives)
      "restoreToDisk", // BackupFile (listFiles)
      "srcBackupId", // StartRecoveryMetadata (startRecovery)
      "createdBy", // Operation (startRecovery, delete, operations)
      "multiVolumeSnapshottingEnabled", // PolicySettings (policies)
      "isProcessing", // PolicyApplication (listApplications)
      "personalTenantId", // TenantInfo (resources.get)
      "resultCode", // Task (resources.listTasks)
    ],
  };

  it.each(Object.entries(others))("leaves out %s", (_what, strings) => {
    for (const string of strings) {
      // the check is real: the every-service app has each one
      expect(sizes.everyService.code, string).toContain(string);
      expect(sizes.getOnly.code, string).not.toContain(string);
    }
  });

  it("holds backups.get, its answer's defaults and the shared core", () => {
    for (const string of [
      "backups.get",
      "/backup/v1/backups/{backupId}",
      "deduplicatedSize", // Backup
      "mountStrid", // Volume, in a Backup's disks
      "x-client-request-id", // the call pipeline
      "retry-after", // retries
      "BackupApiError", // errors
      "google.rpc.BadRequest", // the error answer's defaults
      "createBackupCore",
    ]) {
      expect(sizes.getOnly.code, string).toContain(string);
    }
  });
});
