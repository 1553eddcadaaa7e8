// Registration tokens: issued by getAgentInstallCommand, redeemed by the control surface's agents.register (what
// the installer's agent does with the token). A token registers one machine, in its folder and of its kind, and
// only until it expires on the emulator's clock.
import type { MemoryStore } from "../state/store.js";
import type { RegistrationTokenRecord } from "../state/model.js";
import type { InstallCommandType } from "./install-command.js";

export function issueRegistrationToken(
  store: MemoryStore,
  request: { folderId: string; type: InstallCommandType; policyIds: string[] },
  nowMs: number,
): RegistrationTokenRecord {
  const record: RegistrationTokenRecord = {
    token: crypto.randomUUID(),
    folderId: request.folderId,
    type: request.type,
    policyIds: request.policyIds,
    issuedAt: new Date(nowMs).toISOString(),
    issuedAtMs: nowMs,
    usedBy: "",
  };
  store.putRegistrationToken(record);
  return record;
}

/** The token, if it can register a machine now; a TypeError saying why not otherwise. */
export function redeemableToken(
  store: MemoryStore,
  token: string,
  nowMs: number,
  lifetimeMs: number,
): RegistrationTokenRecord {
  const record = store.registrationTokens.get(token);
  if (!record) {
    throw new TypeError(
      `agents.register: registrationToken ${JSON.stringify(token)} was not issued by getAgentInstallCommand`,
    );
  }
  if (record.usedBy !== "") {
    throw new TypeError(
      `agents.register: registrationToken ${token} was already used to register instance ${record.usedBy}; a token registers one machine: get a new command`,
    );
  }
  const expiresAtMs = record.issuedAtMs + lifetimeMs;
  if (nowMs >= expiresAtMs) {
    throw new TypeError(
      `agents.register: registrationToken ${token} expired at ${new Date(expiresAtMs).toISOString()} (issued at ${record.issuedAt}, valid ${lifetimeMs} ms on the emulator's clock): get a new command`,
    );
  }
  return record;
}
