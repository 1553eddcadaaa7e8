// POST /backup/v1/setup/getAgentInstallCommand — the command that installs the backup agent on a machine outside
// the cloud. It carries a new registration token (kept in the state: folder, type, policies, issue time), which
// the control surface's `agents.register` redeems as the installed agent would. Each call issues a new token.
import type { GetAgentInstallCommandRequest } from "@backup-api/types";
import { notFound } from "../http/api-error.js";
import { installCommandOf, type InstallCommandType } from "../registration/install-command.js";
import { issueRegistrationToken } from "../registration/registration-tokens.js";
import { findFolder } from "./access.js";
import type { Handler } from "./context.js";

export const getAgentInstallCommand: Handler = ({ request, store, clock }) => {
  const body = request.body as GetAgentInstallCommandRequest;
  findFolder(store, body.folderId);
  const policyIds = [...new Set(body.policyIds ?? [])];
  for (const policyId of policyIds) {
    // 404, as every lookup of an id the service does not hold where the request says: the policy is not one of
    // the folder's (unknown, or another folder's; the agent could never apply it there).
    if (store.policies.get(policyId)?.folderId !== body.folderId)
      throw notFound("Policy", `${policyId} in folder ${body.folderId}`);
  }
  const type = body.type as InstallCommandType;
  const token = issueRegistrationToken(store, { folderId: body.folderId, type, policyIds }, clock.now());
  return {
    schemaName: "GetAgentInstallCommandResponse",
    body: { command: installCommandOf(type, token.token) },
  };
};
