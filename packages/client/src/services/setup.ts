// Connecting a machine outside the cloud, one standalone function on a core (`setupGetAgentInstallCommand(core,
// params, options)`); `setupApi(core)` offers it as `client.setup`.
import type { GetAgentInstallCommandResponse } from "@backup-api/types/decoded";
import type { BackupCore } from "../core/backup-core.js";
import type { CallOptions, Result } from "../core/options.js";
import { responseOfGetAgentInstallCommand } from "../generated/proto3-defaults.js";
import { call } from "../internal/call.js";
import { stringParams } from "../internal/checks.js";
import type { Body } from "../internal/params.js";

/**
 * Parameters of `setup.getAgentInstallCommand`: the folder to register the machine in, which command (bash or
 * PowerShell, a VM or a physical server), and the policies to apply once the agent has registered it.
 */
export type GetAgentInstallCommandInput = Body<"getAgentInstallCommand">;

/** Connecting machines outside the cloud, as `client.setup`. */
export interface SetupApi {
  /**
   * The shell command that installs the backup agent on a machine outside the cloud. A POST that changes
   * nothing and starts no operation, so it sends no `Idempotency-Key`.
   */
  getAgentInstallCommand<O extends CallOptions = CallOptions>(
    params: GetAgentInstallCommandInput,
    options?: O,
  ): Promise<Result<GetAgentInstallCommandResponse, O>>;
}

/** The command that installs the backup agent: `client.setup.getAgentInstallCommand` on a core. */
export async function setupGetAgentInstallCommand<O extends CallOptions = CallOptions>(
  core: BackupCore,
  params: GetAgentInstallCommandInput,
  options?: O,
): Promise<Result<GetAgentInstallCommandResponse, O>> {
  const apiMethod = "setup.getAgentInstallCommand";
  stringParams(apiMethod, params, ["folderId", "type"]);
  const { folderId, type, policyIds } = params;
  return call(core, { apiMethod, response: responseOfGetAgentInstallCommand }, options, (init, header) =>
    core.raw.POST("/backup/v1/setup/getAgentInstallCommand", {
      ...init,
      params: { header },
      body: { folderId, type, policyIds },
    }),
  );
}

/** `client.setup`: every function of setup on one core. */
export function setupApi(core: BackupCore): SetupApi {
  return {
    getAgentInstallCommand: (params, options) => setupGetAgentInstallCommand(core, params, options),
  };
}
