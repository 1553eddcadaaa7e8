// What a backup agent does when it registers its machine, for the control surface (`agents.register`): the
// resource appears at once as REGISTERING, offline, and becomes REGISTRED, online and IDLE once the registration
// time has passed on the emulator's clock; then the policies its registration token names are applied (status OK,
// as the console says), within the cloud's quota. Nothing runs in the background: every request, and every
// `clock.advance`, first brings the registrations up to the clock's time.
import { ApiError } from "../http/api-error.js";
import { assertQuotaAllows } from "../applications/quota.js";
import type { OperationRunner } from "../operations/operation-runner.js";
import { AGENT_LATEST } from "../seed/generate-seed.js";
import type { Instance, InstanceKind, RegistrationTokenRecord, ResourceRecord } from "../state/model.js";
import { applicationKey, type MemoryStore } from "../state/store.js";
import type { EmulatorClock } from "../time/clock.js";
import { kindOfCommandType } from "./install-command.js";
import { newInstanceId, newResourceId } from "./registration-ids.js";
import { redeemableToken } from "./registration-tokens.js";
import type { RegistrationOptions } from "./registration-timing.js";

export const INSTANCE_KINDS: readonly InstanceKind[] = ["COMPUTE", "BMS", "EXTERNAL_VM", "EXTERNAL_SERVER"];

/** What `agents.register` takes: a machine whose agent registers it with the backup service. */
export interface AgentRegistrationRequest {
  /**
   * The folder to register in. COMPUTE and BMS: required unless `instanceId` names an instance; with a
   * `registrationToken`: optional, and must be the token's folder if given.
   */
  folderId?: string;
  /** The machine's kind. Required without `registrationToken`; EXTERNAL_* need one (the token decides the kind). */
  kind?: InstanceKind;
  /** A name for a new instance. Default: its kind and a number (`external-vm-1`). */
  name?: string;
  /**
   * An instance the emulator holds and no resource registers (one whose resource `deleteResource` removed).
   * Left out: a new instance is made.
   */
  instanceId?: string;
  /** The token of a `getAgentInstallCommand` command (what the installer registers with). */
  registrationToken?: string;
}

/** What `agents.register` answers: the resource made, as REGISTERING, and when it becomes REGISTRED. */
export interface AgentRegistration {
  computeInstanceId: string;
  resourceId: string;
  folderId: string;
  kind: InstanceKind;
  name: string;
  initStatus: "REGISTERING" | "REGISTRED";
  /** When the registration completes, on the emulator's clock. */
  registeredAt: string;
  /** The policies applied when it completes (the token's). */
  policyIds: string[];
}

const REQUEST_KEYS = ["folderId", "kind", "name", "instanceId", "registrationToken"] as const;

const timestamp = (ms: number) => new Date(ms).toISOString();

function fail(message: string): never {
  throw new TypeError(`agents.register: ${message}`);
}

function readRequest(request: unknown): AgentRegistrationRequest {
  if (request === null || typeof request !== "object" || Array.isArray(request))
    fail("the request must be an object, e.g. { folderId, kind: 'COMPUTE' }");
  for (const [key, value] of Object.entries(request)) {
    if (!(REQUEST_KEYS as readonly string[]).includes(key))
      fail(`${key} is not a field (fields: ${REQUEST_KEYS.join(", ")})`);
    if (value !== undefined && (typeof value !== "string" || value === ""))
      fail(`${key} must be a non-empty string, got ${JSON.stringify(value)}`);
  }
  const { kind } = request as AgentRegistrationRequest;
  if (kind !== undefined && !INSTANCE_KINDS.includes(kind))
    fail(`kind ${JSON.stringify(kind)} is not a kind of machine (${INSTANCE_KINDS.join(", ")})`);
  return request as AgentRegistrationRequest;
}

export class AgentRegistrar {
  constructor(
    private readonly store: MemoryStore,
    private readonly clock: EmulatorClock,
    private readonly timing: Required<RegistrationOptions>,
    private readonly operations: OperationRunner,
  ) {}

  register(input: AgentRegistrationRequest): AgentRegistration {
    const request = readRequest(input);
    const now = this.clock.now();
    const token =
      request.registrationToken === undefined
        ? undefined
        : redeemableToken(this.store, request.registrationToken, now, this.timing.tokenLifetimeMs);
    const { kind, folderId } = this.kindAndFolder(request, token);
    const instance = request.instanceId === undefined ? undefined : this.registrableInstance(request, kind, folderId);
    const target = instance ?? this.newInstance(kind, folderId, request.name);

    target.resourceId = newResourceId();
    this.store.putInstance(target);
    const record = this.registeringResource(target, now, token?.policyIds ?? []);
    this.store.putResource(record);
    if (token) {
      token.usedBy = target.id;
      this.store.putRegistrationToken(token);
    }
    // A registration time of 0 completes at once.
    this.advance();
    return {
      computeInstanceId: target.id,
      resourceId: target.resourceId,
      folderId,
      kind,
      name: target.name,
      initStatus: record.pendingRegistration ? "REGISTERING" : "REGISTRED",
      registeredAt: timestamp(now + this.timing.durationMs),
      policyIds: token?.policyIds ?? [],
    };
  }

  /** Completes every registration whose time has come. */
  advance(): void {
    const now = this.clock.now();
    for (const record of [...this.store.registeringResources]) {
      if (record.pendingRegistration!.completesAtMs <= now) this.complete(record);
    }
  }

  private kindAndFolder(
    request: AgentRegistrationRequest,
    token: RegistrationTokenRecord | undefined,
  ): { kind: InstanceKind; folderId: string } {
    if (token) {
      const kind = kindOfCommandType(token.type);
      if (request.kind !== undefined && request.kind !== kind)
        fail(
          `kind ${request.kind} does not match the registrationToken, which installs an agent of type ${token.type} (kind ${kind})`,
        );
      if (request.folderId !== undefined && request.folderId !== token.folderId)
        fail(`folderId ${request.folderId} is not the registrationToken's folder ${token.folderId}`);
      return { kind, folderId: token.folderId };
    }
    if (request.kind === undefined) fail("kind is required without a registrationToken (COMPUTE or BMS)");
    if (request.kind === "EXTERNAL_VM" || request.kind === "EXTERNAL_SERVER")
      fail(
        `kind ${request.kind} needs a registrationToken: an external machine registers with the token of a getAgentInstallCommand command`,
      );
    const folderId = request.folderId ?? this.store.instances.get(request.instanceId ?? "")?.folderId;
    if (folderId === undefined)
      fail("folderId is required (or an instanceId of an instance the emulator holds, whose folder is used)");
    if (!this.store.folders.has(folderId)) fail(`folder ${folderId} does not exist in the emulator`);
    return { kind: request.kind, folderId };
  }

  private registrableInstance(request: AgentRegistrationRequest, kind: InstanceKind, folderId: string): Instance {
    const id = request.instanceId!;
    const instance = this.store.instances.get(id);
    if (!instance) fail(`instance ${id} does not exist in the emulator; leave instanceId out to make a new instance`);
    if (instance.kind !== kind) fail(`instance ${id} is ${instance.kind}, not ${kind}`);
    if (instance.folderId !== folderId) fail(`instance ${id} is in folder ${instance.folderId}, not ${folderId}`);
    if (request.name !== undefined && request.name !== instance.name)
      fail(`instance ${id} is named ${instance.name}; name names a new instance only`);
    const resource = this.store.resources.get(id);
    if (resource) {
      fail(
        `instance ${id} is already registered (resource ${resource.resource.resourceId}, initStatus ${resource.resource.initStatus}); deleteResource removes it from the service first`,
      );
    }
    return instance;
  }

  private newInstance(kind: InstanceKind, folderId: string, name: string | undefined): Instance {
    const sameKind = [...this.store.instances.values()].filter(
      (instance) => instance.folderId === folderId && instance.kind === kind,
    ).length;
    return {
      id: newInstanceId(kind),
      folderId,
      name: name ?? `${kind.toLowerCase().replace("_", "-")}-${sameKind + 1}`,
      kind,
      resourceId: "",
    };
  }

  private registeringResource(instance: Instance, now: number, policyIds: string[]): ResourceRecord {
    const inFolder = [...this.store.resources.values()].find((record) => record.folderId === instance.folderId);
    const seq = Math.max(-1, ...[...this.store.resources.values()].map((record) => record.seq)) + 1;
    return {
      resource: {
        computeInstanceId: instance.id,
        createdAt: timestamp(now),
        updatedAt: timestamp(now),
        // The agent has not reported yet, and does not control the resource until it is registered.
        online: false,
        enabled: false,
        status: "OTHER",
        statusDetails: "The backup agent is registering the machine with Cloud Backup",
        statusProgress: "0",
        resourceId: instance.resourceId,
        isActive: false,
        initStatus: "REGISTERING",
        metadata: "",
        type: instance.kind,
      },
      folderId: instance.folderId,
      tenantInfo: inFolder
        ? { ...inFolder.tenantInfo }
        : { folderId: instance.folderId, personalTenantId: crypto.randomUUID(), userId: crypto.randomUUID() },
      createdAtMs: now,
      seq,
      pendingRegistration: { completesAtMs: now + this.timing.durationMs, policyIds },
    };
  }

  private complete(record: ResourceRecord): void {
    const { completesAtMs, policyIds } = record.pendingRegistration!;
    const { resource } = record;
    Object.assign(resource, {
      updatedAt: timestamp(completesAtMs),
      online: true,
      enabled: true,
      status: "IDLE",
      statusDetails: "",
      isActive: true,
      initStatus: "REGISTRED",
      agentInfo: { currentVersion: AGENT_LATEST, latestVersion: AGENT_LATEST, canUpdate: false },
    });
    delete record.pendingRegistration;
    this.store.putResource(record);
    const notApplied = this.applyTokenPolicies(record, policyIds, completesAtMs);
    if (notApplied.length > 0) {
      resource.metadata = JSON.stringify({ policiesNotApplied: notApplied });
      this.store.putResource(record);
    }
  }

  /** Applies the token's policies still in the folder; says which were not, and why. */
  private applyTokenPolicies(
    record: ResourceRecord,
    policyIds: string[],
    atMs: number,
  ): Array<{ policyId: string; reason: string }> {
    const computeInstanceId = record.resource.computeInstanceId;
    const notApplied: Array<{ policyId: string; reason: string }> = [];
    for (const policyId of policyIds) {
      const policy = this.store.policies.get(policyId);
      if (!policy || policy.folderId !== record.folderId) {
        notApplied.push({ policyId, reason: `policy ${policyId} was deleted after the command was issued` });
        continue;
      }
      if (this.store.applications.has(applicationKey({ policyId, computeInstanceId }))) continue;
      if (this.operations.runningOnPolicy(policyId)?.kind === "deletePolicy") {
        notApplied.push({ policyId, reason: `policy ${policyId} is being deleted` });
        continue;
      }
      try {
        assertQuotaAllows(this.store, record);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        notApplied.push({ policyId, reason: error.message });
        continue;
      }
      this.store.putApplication({
        policyId,
        computeInstanceId,
        enabled: true,
        status: "OK",
        createdAt: timestamp(atMs),
        isProcessing: false,
      });
    }
    return notApplied;
  }
}
