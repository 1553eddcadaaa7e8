// What the registration tests share: a command's token, and a resource read through the API.
import { tokenOfInstallCommand } from "../../src/registration/install-command.js";
import type { TestEmulator } from "../support/emulator.js";
import { DEFAULT_SEED_FOLDER_ID, newKey } from "../support/policies.js";

/** Asks getAgentInstallCommand for a command and takes its token out, as a person pastes it on the machine. */
export async function issueToken(
  target: TestEmulator,
  type: string,
  policyIds: string[] = [],
  folderId: string = DEFAULT_SEED_FOLDER_ID,
): Promise<string> {
  const { status, body } = await target.json("POST", "/backup/v1/setup/getAgentInstallCommand", {
    body: { folderId, type, policyIds },
    headers: { "idempotency-key": newKey() },
  });
  if (status !== 200) throw new Error(`getAgentInstallCommand: ${status} ${JSON.stringify(body)}`);
  return tokenOfInstallCommand(body.command)!;
}

/** The resource of an instance as getResource shows it, or the status when there is none. */
export async function resourceOf(target: TestEmulator, computeInstanceId: string): Promise<any> {
  const { status, body } = await target.json("GET", `/backup/v1/resources/${computeInstanceId}`);
  return status === 200 ? body.resource : { status };
}

/** The policy ids applied to an instance (processing ones too). */
export async function appliedTo(target: TestEmulator, computeInstanceId: string): Promise<string[]> {
  // With computeInstanceId, the path's policy does not narrow the answer (the spec's listPolicyApplications).
  const anyPolicy = target.emulator.snapshot().policies[0]!.id;
  const { body } = await target.json(
    "GET",
    `/backup/v1/policies/${anyPolicy}/applications?computeInstanceId=${computeInstanceId}&showProcessing=true`,
  );
  return (body.applications ?? []).map((application: any) => `${application.policyId}:${application.status}`).sort();
}
