// The separately importable form: each method a standalone function on one core, created once. Each sends what
// the client's method sends and returns what it returns, every function of an app shares the core's transport
// (token, headers, middleware, logger) and settings, and anything that is not a core is refused before a request.
import { describe, expect, it } from "vitest";
import {
  BackupUsageError,
  type BackupClient,
  type BackupCore,
  type BackupLogEvent,
  backupsDelete,
  backupsGet,
  backupsList,
  backupsListAll,
  backupsListArchives,
  backupsListFiles,
  backupsStartRecovery,
  createBackupClient,
  createBackupCore,
  operationsCancel,
  operationsGet,
  operationsWait,
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
} from "../../src/index.js";
import { API, testOptions } from "../support/client.js";
import { BACKUP, fakeApi, json, type SeenRequest, status } from "../support/fake-api.js";

const EMPTY = { "@type": "type.googleapis.com/google.protobuf.Empty" };
const RECOVERY = "type.googleapis.com/yandex.cloud.backup.v1.StartRecoveryMetadata";
/** One call's Idempotency-Key fixed, so that a method's request and its function's can be compared header for header. */
const mutation = { idempotencyKey: "key-1" };
const settings = policySettings({ schedule: { weekly: { on: "SUNDAY", at: "03:00" } }, retention: { keepLast: 4 } });
const policy = (id: string) => ({ id, settings: { retention: {} } });
const collect = async <T>(items: AsyncIterable<T>) => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};

/** Each method: the answer it gets, the client's method, and the function that stands for it on a core. */
const pairs: Record<
  string,
  { answers: object[]; method: (client: BackupClient) => Promise<unknown>; fn: (core: BackupCore) => Promise<unknown> }
> = {
  "backups.get": {
    answers: [BACKUP],
    method: (client) => client.backups.get({ backupId: "b 1", folderId: "f1" }),
    fn: (core) => backupsGet(core, { backupId: "b 1", folderId: "f1" }),
  },
  "backups.list": {
    answers: [{ backups: [BACKUP], nextPageToken: "p2" }],
    method: (client) => client.backups.list({ archive: { archiveId: "a1", folderId: "f1" }, pageSize: 5 }),
    fn: (core) => backupsList(core, { archive: { archiveId: "a1", folderId: "f1" }, pageSize: 5 }),
  },
  "backups.listAll": {
    answers: [{ backups: [BACKUP], nextPageToken: "p2" }, { backups: [{ id: "b2" }] }],
    method: (client) => collect(client.backups.listAll({ folderId: "f1" })),
    fn: (core) => collect(backupsListAll(core, { folderId: "f1" })),
  },
  "backups.listArchives": {
    answers: [{ archives: [{ id: "a1" }] }],
    method: (client) => client.backups.listArchives({ computeInstanceId: "i1", folderId: "f1" }),
    fn: (core) => backupsListArchives(core, { computeInstanceId: "i1", folderId: "f1" }),
  },
  "backups.listFiles": {
    answers: [{ files: [{ id: "d0" }] }],
    method: (client) => client.backups.listFiles({ backupId: "b1", folderId: "f1", sourceId: "d0" }),
    fn: (core) => backupsListFiles(core, { backupId: "b1", folderId: "f1", sourceId: "d0" }),
  },
  "backups.startRecovery": {
    answers: [{ id: "op1", metadata: { "@type": RECOVERY } }],
    method: (client) => client.backups.startRecovery({ backupId: "b1", computeInstanceId: "i2" }, mutation),
    fn: (core) => backupsStartRecovery(core, { backupId: "b1", computeInstanceId: "i2" }, mutation),
  },
  "backups.delete": {
    answers: [{ id: "op2" }],
    method: (client) => client.backups.delete({ computeInstanceId: "i1", backupId: "b1" }, mutation),
    fn: (core) => backupsDelete(core, { computeInstanceId: "i1", backupId: "b1" }, mutation),
  },
  "operations.get": {
    answers: [{ id: "op1", done: true, response: EMPTY }],
    method: (client) => client.operations.get("op1"),
    fn: (core) => operationsGet(core, "op1"),
  },
  "policies.list": {
    answers: [{ policies: [policy("p1")] }],
    method: (client) => client.policies.list({ folderId: "f1" }),
    fn: (core) => policiesList(core, { folderId: "f1" }),
  },
  "policies.create": {
    answers: [{ id: "op3" }],
    method: (client) => client.policies.create({ folderId: "f1", name: "weekly", settings }, mutation),
    fn: (core) => policiesCreate(core, { folderId: "f1", name: "weekly", settings }, mutation),
  },
  "policies.get": {
    answers: [policy("p1")],
    method: (client) => client.policies.get({ policyId: "p1" }),
    fn: (core) => policiesGet(core, { policyId: "p1" }),
  },
  "policies.update": {
    answers: [{ id: "op4" }],
    method: (client) => client.policies.update({ policyId: "p1", settings }, mutation),
    fn: (core) => policiesUpdate(core, { policyId: "p1", settings }, mutation),
  },
  "policies.delete": {
    answers: [{ id: "op5" }],
    method: (client) => client.policies.delete({ policyId: "p1" }, mutation),
    fn: (core) => policiesDelete(core, { policyId: "p1" }, mutation),
  },
  "policies.apply": {
    answers: [{ id: "op6" }],
    method: (client) => client.policies.apply({ policyId: "p1", computeInstanceId: "i1" }, mutation),
    fn: (core) => policiesApply(core, { policyId: "p1", computeInstanceId: "i1" }, mutation),
  },
  "policies.listApplications": {
    answers: [{ applications: [{ policyId: "p1" }] }],
    method: (client) => client.policies.listApplications({ policyId: "p1", folderId: "f1" }),
    fn: (core) => policiesListApplications(core, { policyId: "p1", folderId: "f1" }),
  },
  "policies.execute": {
    answers: [{ id: "op7" }],
    method: (client) => client.policies.execute({ policyId: "p1", computeInstanceId: "i1" }, mutation),
    fn: (core) => policiesExecute(core, { policyId: "p1", computeInstanceId: "i1" }, mutation),
  },
  "policies.revoke": {
    answers: [{ id: "op8" }],
    method: (client) => client.policies.revoke({ policyId: "p1", computeInstanceId: "i1" }, mutation),
    fn: (core) => policiesRevoke(core, { policyId: "p1", computeInstanceId: "i1" }, mutation),
  },
  "providers.activate": {
    answers: [{ id: "op9" }],
    method: (client) => client.providers.activate({ name: "cyberprotect", folderId: "f1" }, mutation),
    fn: (core) => providersActivate(core, { name: "cyberprotect", folderId: "f1" }, mutation),
  },
  "providers.listActivated": {
    answers: [{ names: ["cyberprotect"] }],
    method: (client) => client.providers.listActivated({ folderId: "f1" }),
    fn: (core) => providersListActivated(core, { folderId: "f1" }),
  },
  "resources.list": {
    answers: [{ resources: [{ computeInstanceId: "i1" }], nextPageToken: "p2" }],
    method: (client) => client.resources.list({ folderId: "f1", pageSize: 1 }),
    fn: (core) => resourcesList(core, { folderId: "f1", pageSize: 1 }),
  },
  "resources.listAll": {
    answers: [{ resources: [{ computeInstanceId: "i1" }], nextPageToken: "p2" }, { resources: [{}] }],
    method: (client) => collect(client.resources.listAll({ folderId: "f1" })),
    fn: (core) => collect(resourcesListAll(core, { folderId: "f1" })),
  },
  "resources.get": {
    answers: [{ resource: { computeInstanceId: "i1" } }],
    method: (client) => client.resources.get({ computeInstanceId: "i1", includeTenantInfo: true }),
    fn: (core) => resourcesGet(core, { computeInstanceId: "i1", includeTenantInfo: true }),
  },
  "resources.delete": {
    answers: [{ id: "op10" }],
    method: (client) => client.resources.delete({ computeInstanceId: "i1", resourceId: "r1" }, mutation),
    fn: (core) => resourcesDelete(core, { computeInstanceId: "i1", resourceId: "r1" }, mutation),
  },
  "resources.listTasks": {
    answers: [{ tasks: [{ id: "1" }] }],
    method: (client) => client.resources.listTasks({ computeInstanceId: "i1" }),
    fn: (core) => resourcesListTasks(core, { computeInstanceId: "i1" }),
  },
  "resources.listAllTasks": {
    answers: [{ tasks: [{ id: "1" }], nextPageToken: "p2" }, { tasks: [{ id: "2" }] }],
    method: (client) => collect(client.resources.listAllTasks({ computeInstanceId: "i1" })),
    fn: (core) => collect(resourcesListAllTasks(core, { computeInstanceId: "i1" })),
  },
  "setup.getAgentInstallCommand": {
    answers: [{ command: "install" }],
    method: (client) => client.setup.getAgentInstallCommand({ folderId: "f1", type: "AGENT_INSTALL_BASH_EXTERNAL_VM" }),
    fn: (core) => setupGetAgentInstallCommand(core, { folderId: "f1", type: "AGENT_INSTALL_BASH_EXTERNAL_VM" }),
  },
  "operations.cancel": {
    answers: [{ id: "op1", done: true, error: { code: 1 } }],
    method: (client) => client.operations.cancel("op1"),
    fn: (core) => operationsCancel(core, "op1"),
  },
  "operations.wait": {
    answers: [{ id: "op1", done: true, response: EMPTY }],
    method: (client) => client.operations.wait("op1", { headers: { "x-client-trace-id": "t1" } }),
    fn: (core) => operationsWait(core, "op1", { headers: { "x-client-trace-id": "t1" } }),
  },
};

/** What a server would tell apart in a request; each call's x-client-request-id is a fresh UUID, so only its presence. */
const seen = ({ method, url, headers, body }: SeenRequest) => ({
  method,
  url,
  headers: [...headers].map(([name, value]) => [
    name,
    name === "x-client-request-id" ? /^[\da-f-]{36}$/.test(value) : value,
  ]),
  body,
});

describe("the standalone functions", () => {
  it.each(Object.entries(pairs))(
    "%s: the function sends what the client's method sends and returns what it returns",
    async (_name, { answers, method, fn }) => {
      const viaClient = fakeApi(answers.map((answer) => json(200, answer)));
      const viaCore = fakeApi(answers.map((answer) => json(200, answer)));
      const options = { operationsBaseUrl: "https://operations.test" };
      const fromClient = await method(createBackupClient(testOptions(viaClient, options)));
      const fromCore = await fn(createBackupCore(testOptions(viaCore, options)));
      expect(viaCore.requests.length).toBeGreaterThan(0);
      expect(viaCore.requests.map(seen)).toEqual(viaClient.requests.map(seen));
      expect(fromCore).toEqual(fromClient);
    },
  );

  it("share one core: its hosts, headers, token, middleware and logger serve every function", async () => {
    const api = fakeApi([json(200, BACKUP), json(200, { id: "op1", done: true, response: EMPTY })]);
    const events: BackupLogEvent[] = [];
    const core = createBackupCore({
      iamToken: "t1.secret-token",
      region: "kz",
      fetch: api.fetch,
      headers: { "x-client-trace-id": "trace-1" },
      logger: (event) => events.push(event),
    });
    core.raw.use({ onRequest: ({ request }) => void request.headers.set("x-middleware", "ran") });
    await backupsGet(core, { backupId: "b1", folderId: "f1" });
    await operationsGet(core, "op1");
    // each on its own host of the region: operations are never polled on the API host
    expect(api.requests.map((request) => new URL(request.url).origin)).toEqual([
      "https://backup.api.yandexcloud.kz",
      "https://operation.api.yandexcloud.kz",
    ]);
    for (const { headers } of api.requests) {
      expect(headers.get("authorization")).toBe("Bearer t1.secret-token");
      expect(headers.get("x-client-trace-id")).toBe("trace-1");
      expect(headers.get("x-middleware")).toBe("ran");
    }
    expect(events.filter((event) => event.type === "request")).toHaveLength(2);
  });

  it("run the whole call pipeline: the core's retries, and its decoding", async () => {
    const api = fakeApi([json(503, status(14, "down")), json(200, { id: "b1" })]);
    const backup = await backupsGet(createBackupCore(testOptions(api)), { backupId: "b1", folderId: "f1" });
    expect(api.requests).toHaveLength(2);
    expect(backup).toMatchObject({ id: "b1", size: "0", deleted: false, disks: [] });
    const once = fakeApi([json(503, status(14, "down"))]);
    await expect(
      backupsGet(createBackupCore(testOptions(once, { maxRetries: 0 })), { backupId: "b1", folderId: "f1" }),
    ).rejects.toMatchObject({ status: 503 });
    expect(once.requests).toHaveLength(1);
  });

  describe("given something that is not a core", () => {
    const api = fakeApi([json(200, BACKUP)]);
    // the client object is the one that matters: it has a `raw`, but no deadline and no limit on retries
    const notCores: [string, unknown][] = [
      ["the client object", createBackupClient(testOptions(api))],
      ["the options", testOptions(api)],
      ["undefined", undefined],
    ];

    it.each(notCores)("refuse %s before sending anything, naming the function", async (_name, notCore) => {
      const wrong = notCore as BackupCore;
      const message = (call: string) =>
        `${call}: expected a core from createBackupCore(options) as the first argument, got ${
          notCore === undefined ? "undefined" : "an object"
        }`;
      await expect(backupsGet(wrong, { backupId: "b1", folderId: "f1" })).rejects.toThrow(message("backups.get"));
      await expect(backupsStartRecovery(wrong, { backupId: "b1", computeInstanceId: "i1" })).rejects.toThrow(
        BackupUsageError,
      );
      await expect(operationsGet(wrong, "op1")).rejects.toThrow(message("operations.get"));
      await expect(operationsCancel(wrong, "op1")).rejects.toThrow(message("operations.cancel"));
      await expect(policiesCreate(wrong, { folderId: "f1", name: "n", settings })).rejects.toThrow(
        message("policies.create"),
      );
      await expect(providersListActivated(wrong, { folderId: "f1" })).rejects.toThrow(
        message("providers.listActivated"),
      );
      await expect(
        setupGetAgentInstallCommand(wrong, { folderId: "f1", type: "AGENT_INSTALL_BASH_EXTERNAL_VM" }),
      ).rejects.toThrow(message("setup.getAgentInstallCommand"));
      expect(() => resourcesListAll(wrong, { folderId: "f1" })).toThrow(message("resources.listAll"));
      expect(() => resourcesListAllTasks(wrong, { computeInstanceId: "i1" })).toThrow(
        message("resources.listAllTasks"),
      );
      await expect(operationsWait(wrong, "op1")).rejects.toThrow(message("operations.wait"));
      // listAll fails where it is called, as it does for wrong parameters
      expect(() => backupsListAll(wrong, { folderId: "f1" })).toThrow(message("backups.listAll"));
      expect(api.requests).toHaveLength(0);
    });
  });

  it("createBackupCore checks its options as createBackupClient does, naming itself", () => {
    expect(() => createBackupCore({ iamToken: "" })).toThrow(
      new BackupUsageError("createBackupCore: iamToken is empty"),
    );
    expect(() => createBackupCore({ iamToken: "t", baseUrl: "localhost:4010" })).toThrow(
      'createBackupCore: baseUrl must be an absolute http(s) URL, got the string "localhost:4010"',
    );
    expect(() => createBackupCore({ iamToken: "t", maxRetries: 1.5 })).toThrow(
      "createBackupCore: maxRetries must be a non-negative integer, got the number 1.5",
    );
    expect(createBackupCore({ iamToken: "t", baseUrl: `${API}/` })).toMatchObject({
      timeoutMs: 60_000,
      maxRetries: 2,
      retry: { baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 },
      operationsBaseUrl: API,
    });
  });
});
