import { describe, expectTypeOf, it } from "vitest";
import {
  type Backup,
  type BackupClient,
  type BackupCore,
  backupsDelete,
  backupsGet,
  backupsList,
  backupsListAll,
  backupsListArchives,
  backupsListFiles,
  backupsStartRecovery,
  createBackupCore,
  type DeleteBackupOperation,
  type DoneOperation,
  type ListArchivesResponse,
  type ListBackupsResponse,
  type ListFilesResponse,
  type Operation,
  operationsCancel,
  operationsGet,
  operationsWait,
  type CreatePolicyOperation,
  type PolicyAny,
  policiesApply,
  policiesCreate,
  policiesDelete,
  policiesExecute,
  policiesGet,
  policiesList,
  policiesListApplications,
  policiesRevoke,
  policiesUpdate,
  policySettings,
  providersActivate,
  providersListActivated,
  resourcesDelete,
  resourcesGet,
  resourcesList,
  resourcesListAll,
  resourcesListAllTasks,
  resourcesListTasks,
  setupGetAgentInstallCommand,
  type StartRecoveryOperation,
  type WithResponse,
} from "../../src/index.js";

declare const core: BackupCore;
declare const client: BackupClient;
declare const either: Operation | string;

describe("standalone function types", () => {
  it("are the client's methods with the core first", () => {
    expectTypeOf(createBackupCore).returns.toEqualTypeOf<BackupCore>();
    expectTypeOf(backupsGet(core, { backupId: "b", folderId: "f" })).resolves.toEqualTypeOf<Backup>();
    expectTypeOf(backupsList(core, { folderId: "f" })).resolves.toEqualTypeOf<ListBackupsResponse>();
    expectTypeOf(backupsListAll(core, { folderId: "f" })).toEqualTypeOf<AsyncGenerator<Backup, void, undefined>>();
    expectTypeOf(backupsListArchives(core, { computeInstanceId: "i" })).resolves.toEqualTypeOf<ListArchivesResponse>();
    expectTypeOf(backupsListFiles(core, { backupId: "b", folderId: "f" })).resolves.toEqualTypeOf<ListFilesResponse>();
    expectTypeOf(
      backupsStartRecovery(core, { backupId: "b", computeInstanceId: "i" }),
    ).resolves.toEqualTypeOf<StartRecoveryOperation>();
    expectTypeOf(
      backupsDelete(core, { computeInstanceId: "i", backupId: "b" }),
    ).resolves.toEqualTypeOf<DeleteBackupOperation>();
    expectTypeOf(operationsGet(core, "op")).resolves.toEqualTypeOf<Operation>();
    expectTypeOf<Parameters<typeof backupsGet>[1]>().toEqualTypeOf<Parameters<BackupClient["backups"]["get"]>[0]>();
    expectTypeOf<Parameters<typeof backupsList>[1]>().toEqualTypeOf<Parameters<BackupClient["backups"]["list"]>[0]>();
  });

  it("are the new services' methods with the core first: the same parameters, the same answers", () => {
    type Client = BackupClient;
    /** A function's parameters after the core. */
    type AfterCore<F> = F extends (core: BackupCore, ...rest: infer Rest) => unknown ? Rest : never;
    expectTypeOf<AfterCore<typeof policiesList>>().toEqualTypeOf<Parameters<Client["policies"]["list"]>>();
    expectTypeOf<AfterCore<typeof policiesCreate>>().toEqualTypeOf<Parameters<Client["policies"]["create"]>>();
    expectTypeOf<AfterCore<typeof policiesGet>>().toEqualTypeOf<Parameters<Client["policies"]["get"]>>();
    expectTypeOf<AfterCore<typeof policiesUpdate>>().toEqualTypeOf<Parameters<Client["policies"]["update"]>>();
    expectTypeOf<AfterCore<typeof policiesDelete>>().toEqualTypeOf<Parameters<Client["policies"]["delete"]>>();
    expectTypeOf<AfterCore<typeof policiesApply>>().toEqualTypeOf<Parameters<Client["policies"]["apply"]>>();
    expectTypeOf<AfterCore<typeof policiesListApplications>>().toEqualTypeOf<
      Parameters<Client["policies"]["listApplications"]>
    >();
    expectTypeOf<AfterCore<typeof policiesExecute>>().toEqualTypeOf<Parameters<Client["policies"]["execute"]>>();
    expectTypeOf<AfterCore<typeof policiesRevoke>>().toEqualTypeOf<Parameters<Client["policies"]["revoke"]>>();
    expectTypeOf<AfterCore<typeof providersActivate>>().toEqualTypeOf<Parameters<Client["providers"]["activate"]>>();
    expectTypeOf<AfterCore<typeof providersListActivated>>().toEqualTypeOf<
      Parameters<Client["providers"]["listActivated"]>
    >();
    expectTypeOf<AfterCore<typeof resourcesList>>().toEqualTypeOf<Parameters<Client["resources"]["list"]>>();
    expectTypeOf<AfterCore<typeof resourcesListAll>>().toEqualTypeOf<Parameters<Client["resources"]["listAll"]>>();
    expectTypeOf<AfterCore<typeof resourcesGet>>().toEqualTypeOf<Parameters<Client["resources"]["get"]>>();
    expectTypeOf<AfterCore<typeof resourcesDelete>>().toEqualTypeOf<Parameters<Client["resources"]["delete"]>>();
    expectTypeOf<AfterCore<typeof resourcesListTasks>>().toEqualTypeOf<Parameters<Client["resources"]["listTasks"]>>();
    expectTypeOf<AfterCore<typeof resourcesListAllTasks>>().toEqualTypeOf<
      Parameters<Client["resources"]["listAllTasks"]>
    >();
    expectTypeOf<AfterCore<typeof setupGetAgentInstallCommand>>().toEqualTypeOf<
      Parameters<Client["setup"]["getAgentInstallCommand"]>
    >();
    expectTypeOf<AfterCore<typeof operationsCancel>>().toEqualTypeOf<Parameters<Client["operations"]["cancel"]>>();
    expectTypeOf(resourcesListAll).returns.toEqualTypeOf<ReturnType<Client["resources"]["listAll"]>>();
    expectTypeOf(operationsCancel(core, "op")).resolves.toEqualTypeOf<Operation>();
  });

  it("type operationsWait by the operation's schema", async () => {
    const settings = policySettings({ schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } });
    const created = await policiesCreate(core, { folderId: "f", name: "n", settings });
    expectTypeOf(created).toEqualTypeOf<CreatePolicyOperation>();
    expectTypeOf((await operationsWait(core, created)).response).toEqualTypeOf<PolicyAny>();
  });

  it("switch to WithResponse when asked", () => {
    expectTypeOf(backupsGet(core, { backupId: "b", folderId: "f" }, { withResponse: true })).resolves.toEqualTypeOf<
      WithResponse<Backup>
    >();
  });

  it("keep the operation kind through operationsWait", async () => {
    const operation = await backupsStartRecovery(core, { backupId: "b", computeInstanceId: "i" });
    expectTypeOf(operationsWait(core, operation)).resolves.toEqualTypeOf<DoneOperation<StartRecoveryOperation>>();
    expectTypeOf(operationsWait(core, "id")).resolves.toEqualTypeOf<DoneOperation<Operation>>();
    expectTypeOf(operationsWait(core, either)).resolves.toEqualTypeOf<DoneOperation<Operation>>();
  });

  it("reject a missing core, the client in its place, and wrong parameters", () => {
    // @ts-expect-error the core comes first
    backupsGet({ backupId: "b", folderId: "f" });
    // @ts-expect-error the client is not a core
    backupsGet(client, { backupId: "b", folderId: "f" });
    // @ts-expect-error folderId is required
    backupsGet(core, { backupId: "b" });
    // @ts-expect-error two selectors
    backupsList(core, { folderId: "f", computeInstanceId: "i" });
    // @ts-expect-error idempotencyKey only on calls that start work
    backupsGet(core, { backupId: "b", folderId: "f" }, { idempotencyKey: "k" });
    backupsDelete(core, { computeInstanceId: "i", backupId: "b" }, { idempotencyKey: "k" });
  });
});
