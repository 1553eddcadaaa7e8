// Every operation of the spec, by operationId: its handler, or the 501 of one not emulated yet. A handler missing
// here does not compile, and a test checks that the spec has no operation without one.
import type { EmulatedHandlers, Handlers } from "./context.js";
import { deleteBackup } from "./delete.js";
import { get } from "./get.js";
import { getOperation } from "./get-operation.js";
import { list } from "./list.js";
import { listArchives } from "./list-archives.js";
import { listFiles } from "./list-files.js";
import { NOT_YET_EMULATED, notYetEmulated } from "./not-yet-emulated.js";
import { activateProvider } from "./activate-provider.js";
import { createPolicy } from "./create-policy.js";
import { deletePolicy } from "./delete-policy.js";
import { getPolicy } from "./get-policy.js";
import { listActivatedProviders } from "./list-activated-providers.js";
import { listPolicies } from "./list-policies.js";
import { updatePolicy } from "./update-policy.js";
import { startRecovery } from "./start-recovery.js";
import { listResources } from "./list-resources.js";
import { getResource } from "./get-resource.js";
import { deleteResource } from "./delete-resource.js";
import { listResourceTasks } from "./list-resource-tasks.js";
import { applyPolicy } from "./apply-policy.js";
import { revokePolicy } from "./revoke-policy.js";
import { listPolicyApplications } from "./list-policy-applications.js";
import { executePolicy } from "./execute-policy.js";
import { cancelOperation } from "./cancel-operation.js";
import { getAgentInstallCommand } from "./get-agent-install-command.js";

const EMULATED: EmulatedHandlers = {
  list,
  get,
  listArchives,
  listFiles,
  startRecovery,
  delete: deleteBackup,
  getOperation,
  listPolicies,
  createPolicy,
  getPolicy,
  updatePolicy,
  deletePolicy,
  activateProvider,
  listActivatedProviders,
  listResources,
  getResource,
  deleteResource,
  listResourceTasks,
  applyPolicy,
  revokePolicy,
  listPolicyApplications,
  executePolicy,
  cancelOperation,
  getAgentInstallCommand,
};

export const HANDLERS: Handlers = {
  ...EMULATED,
  ...Object.fromEntries(NOT_YET_EMULATED.map((operationId) => [operationId, notYetEmulated(operationId)])),
} as Handlers;
