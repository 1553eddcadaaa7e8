import { describe, expectTypeOf, it } from "vitest";
import type {
  ActivateProviderOperation,
  ApplyPolicyOperation,
  Backup,
  BackupClient,
  CreatePolicyOperation,
  DeleteBackupOperation,
  DeletePolicyOperation,
  DeleteResourceOperation,
  DoneOperation,
  Empty,
  ExecutePolicyOperation,
  GetAgentInstallCommandResponse,
  GetResourceResponse,
  ListActivatedProvidersResponse,
  ListApplicationsResponse,
  ListArchivesResponse,
  ListBackupsResponse,
  ListFilesResponse,
  ListPoliciesResponse,
  ListResourcesResponse,
  ListTasksResponse,
  Operation,
  Policy,
  PolicyAny,
  PolicySettingsInput,
  Resource,
  RevokePolicyOperation,
  StartRecoveryOperation,
  Task,
  UpdatePolicyOperation,
  Wire,
  WithResponse,
} from "../../src/index.js";

declare const client: BackupClient;
declare const settings: PolicySettingsInput;

describe("method types", () => {
  it("resolve to the decoded types (proto3 defaults filled in)", () => {
    expectTypeOf(client.backups.get({ backupId: "b", folderId: "f" })).resolves.toEqualTypeOf<Backup>();
    expectTypeOf(client.backups.list({ folderId: "f" })).resolves.toEqualTypeOf<ListBackupsResponse>();
    expectTypeOf(
      client.backups.listArchives({ computeInstanceId: "i" }),
    ).resolves.toEqualTypeOf<ListArchivesResponse>();
    expectTypeOf(
      client.backups.listFiles({ backupId: "b", folderId: "f" }),
    ).resolves.toEqualTypeOf<ListFilesResponse>();
    expectTypeOf(
      client.backups.startRecovery({ backupId: "b", computeInstanceId: "i" }),
    ).resolves.toEqualTypeOf<StartRecoveryOperation>();
    expectTypeOf(
      client.backups.delete({ computeInstanceId: "i", backupId: "b" }),
    ).resolves.toEqualTypeOf<DeleteBackupOperation>();
    expectTypeOf(client.operations.get("op")).resolves.toEqualTypeOf<Operation>();
    expectTypeOf(client.backups.listAll({ folderId: "f" })).toEqualTypeOf<AsyncGenerator<Backup, void, undefined>>();
  });

  it("resolve to the decoded types for every service of the API", () => {
    expectTypeOf(client.policies.list({ folderId: "f" })).resolves.toEqualTypeOf<ListPoliciesResponse>();
    expectTypeOf(
      client.policies.create({ folderId: "f", name: "n", settings }),
    ).resolves.toEqualTypeOf<CreatePolicyOperation>();
    expectTypeOf(client.policies.get({ policyId: "p" })).resolves.toEqualTypeOf<Policy>();
    expectTypeOf(client.policies.update({ policyId: "p", settings })).resolves.toEqualTypeOf<UpdatePolicyOperation>();
    expectTypeOf(client.policies.delete({ policyId: "p" })).resolves.toEqualTypeOf<DeletePolicyOperation>();
    expectTypeOf(
      client.policies.apply({ policyId: "p", computeInstanceId: "i" }),
    ).resolves.toEqualTypeOf<ApplyPolicyOperation>();
    expectTypeOf(
      client.policies.listApplications({ policyId: "p", showProcessing: true }),
    ).resolves.toEqualTypeOf<ListApplicationsResponse>();
    expectTypeOf(
      client.policies.execute({ policyId: "p", computeInstanceId: "i" }),
    ).resolves.toEqualTypeOf<ExecutePolicyOperation>();
    expectTypeOf(
      client.policies.revoke({ policyId: "p", computeInstanceId: "i" }),
    ).resolves.toEqualTypeOf<RevokePolicyOperation>();
    expectTypeOf(
      client.providers.activate({ name: "cyberprotect", folderId: "f" }),
    ).resolves.toEqualTypeOf<ActivateProviderOperation>();
    expectTypeOf(
      client.providers.listActivated({ folderId: "f" }),
    ).resolves.toEqualTypeOf<ListActivatedProvidersResponse>();
    expectTypeOf(client.resources.list({ folderId: "f" })).resolves.toEqualTypeOf<ListResourcesResponse>();
    expectTypeOf(client.resources.listAll({ folderId: "f" })).toEqualTypeOf<
      AsyncGenerator<Resource, void, undefined>
    >();
    // the API's wrapper, as the spec answers it
    expectTypeOf(client.resources.get({ computeInstanceId: "i" })).resolves.toEqualTypeOf<GetResourceResponse>();
    expectTypeOf<GetResourceResponse["resource"]>().toEqualTypeOf<Resource | undefined>();
    expectTypeOf(
      client.resources.delete({ computeInstanceId: "i", resourceId: "r" }),
    ).resolves.toEqualTypeOf<DeleteResourceOperation>();
    expectTypeOf(client.resources.listTasks({ computeInstanceId: "i" })).resolves.toEqualTypeOf<ListTasksResponse>();
    expectTypeOf(client.resources.listAllTasks({ computeInstanceId: "i" })).toEqualTypeOf<
      AsyncGenerator<Task, void, undefined>
    >();
    expectTypeOf(
      client.setup.getAgentInstallCommand({ folderId: "f", type: "AGENT_INSTALL_BASH_EXTERNAL_VM" }),
    ).resolves.toEqualTypeOf<GetAgentInstallCommandResponse>();
    expectTypeOf(client.operations.cancel("op")).resolves.toEqualTypeOf<Operation>();
  });

  it("say which fields are always there", () => {
    expectTypeOf<Backup["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Backup["size"]>().toEqualTypeOf<string>();
    expectTypeOf<ListBackupsResponse["backups"]>().toEqualTypeOf<Backup[]>();
    expectTypeOf<Operation["id"]>().toEqualTypeOf<string>();
    // message-typed fields have presence
    expectTypeOf<Backup["createdAt"]>().toEqualTypeOf<string | undefined>();
    // a policy's creation or update answers the Policy, every other operation Empty
    expectTypeOf<Operation["response"]>().toEqualTypeOf<Empty | PolicyAny | undefined>();
  });

  it("take a policy's decoded settings back as they are: policies.update after policies.get", async () => {
    const policy = await client.policies.get({ policyId: "p" });
    if (policy.settings) client.policies.update({ policyId: policy.id, settings: policy.settings });
    expectTypeOf<NonNullable<Policy["settings"]>>().toExtend<PolicySettingsInput>();
  });

  it("switch to WithResponse when asked", () => {
    expectTypeOf(client.backups.get({ backupId: "b", folderId: "f" }, { withResponse: true })).resolves.toEqualTypeOf<
      WithResponse<Backup>
    >();
    expectTypeOf(
      client.backups.get({ backupId: "b", folderId: "f" }, { timeoutMs: 5 }),
    ).resolves.toEqualTypeOf<Backup>();
  });

  it("keep the operation kind through wait, and type a done operation's response present", async () => {
    const op = await client.backups.startRecovery({ backupId: "b", computeInstanceId: "i" });
    expectTypeOf(client.operations.wait(op)).resolves.toEqualTypeOf<DoneOperation<StartRecoveryOperation>>();
    expectTypeOf(client.operations.wait("id")).resolves.toEqualTypeOf<DoneOperation<Operation>>();
    const done = await client.operations.wait(op, {
      headers: { "x-client-trace-id": "t" },
      signal: AbortSignal.timeout(1000),
    });
    expectTypeOf(done.response).toEqualTypeOf<Empty>();
    expectTypeOf(done.done).toEqualTypeOf<true>();
  });

  it("type what wait resolves with by the operation's own schema: a Policy for create and update, Empty otherwise", async () => {
    const created = await client.operations.wait(await client.policies.create({ folderId: "f", name: "n", settings }));
    expectTypeOf(created).toEqualTypeOf<DoneOperation<CreatePolicyOperation>>();
    expectTypeOf(created.response).toEqualTypeOf<PolicyAny>();
    expectTypeOf(created.response).toExtend<Policy>();
    expectTypeOf(created.response.settings).toEqualTypeOf<Policy["settings"]>();
    expectTypeOf(created.metadata).toEqualTypeOf<CreatePolicyOperation["metadata"]>();
    const updated = await client.operations.wait(await client.policies.update({ policyId: "p", settings }));
    expectTypeOf(updated.response).toEqualTypeOf<PolicyAny>();
    const empties = [
      await client.operations.wait(await client.policies.delete({ policyId: "p" })),
      await client.operations.wait(await client.policies.apply({ policyId: "p", computeInstanceId: "i" })),
      await client.operations.wait(await client.policies.execute({ policyId: "p", computeInstanceId: "i" })),
      await client.operations.wait(await client.policies.revoke({ policyId: "p", computeInstanceId: "i" })),
      await client.operations.wait(await client.providers.activate({ name: "n", folderId: "f" })),
      await client.operations.wait(await client.resources.delete({ computeInstanceId: "i", resourceId: "r" })),
    ] as const;
    for (const done of empties) expectTypeOf(done.response).toEqualTypeOf<Empty>();
    // @ts-expect-error an Empty response has no policy fields
    empties[0].response.settings;
    // an operation of unknown kind may have either
    expectTypeOf((await client.operations.wait("id")).response).toEqualTypeOf<Empty | PolicyAny>();
  });

  it("reject missing or misspelt parameters", () => {
    // @ts-expect-error folderId is required
    client.backups.get({ backupId: "b" });
    // @ts-expect-error computeInstanceId is required
    client.backups.startRecovery({ backupId: "b" });
    // @ts-expect-error idempotencyKey only on calls that start work
    client.backups.get({ backupId: "b", folderId: "f" }, { idempotencyKey: "k" });
    client.backups.delete({ computeInstanceId: "i", backupId: "b" }, { idempotencyKey: "k" });
    // @ts-expect-error a policy list needs folderId or computeInstanceId
    client.policies.list({});
    // @ts-expect-error at most one of folderId and computeInstanceId
    client.policies.listApplications({ policyId: "p", folderId: "f", computeInstanceId: "i" });
    // @ts-expect-error a policy has no rename: update takes no name
    client.policies.update({ policyId: "p", settings, name: "n" });
    // @ts-expect-error settings are required
    client.policies.create({ folderId: "f", name: "n" });
    // @ts-expect-error deleting a resource needs its resourceId too
    client.resources.delete({ computeInstanceId: "i" });
    // @ts-expect-error listAll follows the pages itself
    client.resources.listAll({ folderId: "f", pageToken: "t" });
    client.setup.getAgentInstallCommand(
      { folderId: "f", type: "AGENT_INSTALL_BASH_EXTERNAL_VM" },
      // @ts-expect-error the install command starts no work: no idempotencyKey
      { idempotencyKey: "k" },
    );
    // @ts-expect-error cancelling twice is harmless: no idempotencyKey
    client.operations.cancel("op", { idempotencyKey: "k" });
    client.policies.create({ folderId: "f", name: "n", settings }, { idempotencyKey: "k" });
    client.resources.delete({ computeInstanceId: "i", resourceId: "r" }, { idempotencyKey: "k" });
  });

  it("type client.raw with the spec's paths, returning wire values", async () => {
    expectTypeOf(client.raw.GET)
      .parameter(0)
      .toEqualTypeOf<
        | "/backup/v1/backups"
        | "/backup/v1/backups/{backupId}"
        | "/backup/v1/backups/{backupId}/files"
        | "/backup/v1/backups/{computeInstanceId}/archives"
        | "/backup/v1/policies"
        | "/backup/v1/policies/{policyId}"
        | "/backup/v1/policies/{policyId}/applications"
        | "/backup/v1/resources"
        | "/backup/v1/resources/{computeInstanceId}"
        | "/backup/v1/resources/{computeInstanceId}/tasks"
        | "/backup/v1/providers"
        | "/operations/{operationId}"
        | "/operations/{operationId}:cancel"
      >();
    const { data } = await client.raw.GET("/backup/v1/backups/{backupId}", {
      params: { path: { backupId: "b" }, query: { folderId: "f" } },
    });
    expectTypeOf(data).toEqualTypeOf<Wire["Backup"] | undefined>();
  });
});
