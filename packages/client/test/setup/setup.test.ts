// client.setup: the command that installs the backup agent on a machine outside the cloud. A POST that changes
// nothing and starts no operation: no Idempotency-Key.
import { describe, expect, it } from "vitest";
import { createBackupClient } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { fakeApi, json } from "../support/fake-api.js";

describe("setup.getAgentInstallCommand", () => {
  it("POSTs /backup/v1/setup/getAgentInstallCommand with the folder, the type and the policies", async () => {
    const api = fakeApi([json(200, { command: "curl … | sudo bash" })]);
    const { command } = await testClient(api).setup.getAgentInstallCommand({
      folderId: "f1",
      type: "AGENT_INSTALL_BASH_EXTERNAL_VM",
      policyIds: ["p1"],
    });
    expect(command).toBe("curl … | sudo bash");
    const [request] = api.requests;
    expect(`${request!.method} ${request!.path}`).toBe("POST /backup/v1/setup/getAgentInstallCommand");
    expect(JSON.parse(request!.body)).toEqual({
      folderId: "f1",
      type: "AGENT_INSTALL_BASH_EXTERNAL_VM",
      policyIds: ["p1"],
    });
    expect(request!.headers.has("idempotency-key")).toBe(false);
  });

  it('answers command "" when the server leaves it out, and checks its parameters first', async () => {
    const api = fakeApi([json(200, {})]);
    const client = testClient(api);
    await expect(client.setup.getAgentInstallCommand({ folderId: "f1" } as never)).rejects.toThrow(
      "setup.getAgentInstallCommand: type must be a non-empty string, got undefined",
    );
    expect(api.requests).toHaveLength(0);
    expect(
      await client.setup.getAgentInstallCommand({ folderId: "f1", type: "AGENT_INSTALL_POWERSHELL_EXTERNAL_SERVER" }),
    ).toEqual({ command: "" });
  });

  it("reaches the region's API host", async () => {
    const api = fakeApi([json(200, {})]);
    await createBackupClient({ iamToken: "t1.x", region: "kz", fetch: api.fetch }).setup.getAgentInstallCommand({
      folderId: "f1",
      type: "AGENT_INSTALL_BASH_EXTERNAL_SERVER",
    });
    expect(api.requests[0]!.url).toBe("https://backup.api.yandexcloud.kz/backup/v1/setup/getAgentInstallCommand");
  });
});
