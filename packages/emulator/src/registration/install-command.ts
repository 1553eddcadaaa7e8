// The command `getAgentInstallCommand` answers: the docs' sample shape (install the installer's tools, download
// the installer for an external VM or server, run it with the registration token), or its PowerShell twin.
import type { InstanceKind, RegistrationTokenRecord } from "../state/model.js";

export type InstallCommandType = RegistrationTokenRecord["type"];

const DISTRIBUTIONS = "https://storage.yandexcloud.net/backup-distributions";

/** The kind of machine a command installs the agent on: EXTERNAL_VM for *_EXTERNAL_VM, EXTERNAL_SERVER otherwise. */
export function kindOfCommandType(type: InstallCommandType): Extract<InstanceKind, "EXTERNAL_VM" | "EXTERNAL_SERVER"> {
  return type.endsWith("_EXTERNAL_VM") ? "EXTERNAL_VM" : "EXTERNAL_SERVER";
}

export function installCommandOf(type: InstallCommandType, token: string): string {
  const installer = kindOfCommandType(type) === "EXTERNAL_VM" ? "external_vm" : "external_server";
  if (type.startsWith("AGENT_INSTALL_POWERSHELL_")) {
    return (
      `$ErrorActionPreference = 'Stop'; ` +
      `Invoke-WebRequest -Uri ${DISTRIBUTIONS}/agent_installer_${installer}.ps1 -OutFile "$env:TEMP\\agent_installer_${installer}.ps1"; ` +
      `& "$env:TEMP\\agent_installer_${installer}.ps1" -InstanceRegistrationToken "${token}"`
    );
  }
  return (
    `sudo apt-get update && sudo apt-get install -y jq gawk curl && ` +
    `curl ${DISTRIBUTIONS}/agent_installer_${installer}.sh | ` +
    `sudo bash -s -- --instance-registration-token="${token}"`
  );
}

/** The token a command carries (bash or PowerShell), for a test or a person who holds only the command. */
export function tokenOfInstallCommand(command: string): string | undefined {
  return /(?:--instance-registration-token=|-InstanceRegistrationToken )"([^"]+)"/.exec(command)?.[1];
}
