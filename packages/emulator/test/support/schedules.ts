// What the schedule and retention tests share: a policy of chosen scheduling and retention, made and applied
// through the API on the manual clock, and the backups it made as the API lists them.
import type { TestEmulator } from "./emulator.js";
import { createPolicyBody, DEFAULT_SEED_FOLDER_ID, finish, newKey } from "./policies.js";

export const send = (target: TestEmulator, method: string, path: string, body?: unknown) =>
  target.json(method, path, { ...(body !== undefined && { body }), headers: { "idempotency-key": newKey() } });

export interface PolicyShape {
  backupSets: any[];
  /** Default: no rule, so that every backup made stays. */
  retention?: { rules: any[]; beforeBackup?: boolean };
  scheme?: string;
  enabled?: boolean;
}

/** The request body of a policy with this schedule and retention (the spec's daily example otherwise). */
export function policyBody(shape: PolicyShape): any {
  const body = createPolicyBody(DEFAULT_SEED_FOLDER_ID);
  body.name = `scheduled-${newKey().slice(-4)}`;
  body.settings.scheduling.backupSets = shape.backupSets;
  body.settings.scheduling.scheme = shape.scheme ?? "ALWAYS_INCREMENTAL";
  body.settings.scheduling.enabled = shape.enabled ?? true;
  body.settings.retention = { rules: [], beforeBackup: false, ...shape.retention };
  return body;
}

/** Creates the policy and applies it to each instance, each operation run to its end (60 s of clock each). */
export async function applyNewPolicy(target: TestEmulator, shape: PolicyShape, instanceIds: string[]): Promise<string> {
  const created = await send(target, "POST", "/backup/v1/policies", policyBody(shape));
  if (created.status !== 200) throw new Error(`create policy: ${created.status} ${JSON.stringify(created.body)}`);
  const policyId = (await finish(target, created.body.id)).response.id as string;
  for (const computeInstanceId of instanceIds) {
    const applied = await send(target, "POST", `/backup/v1/policies/${policyId}:apply`, { computeInstanceId });
    if (applied.status !== 200) throw new Error(`apply: ${applied.status} ${JSON.stringify(applied.body)}`);
    await finish(target, applied.body.id);
  }
  return policyId;
}

/** The instance's backups under the policy, as listed, oldest first. */
export async function backupsOf(target: TestEmulator, computeInstanceId: string, policyId: string): Promise<any[]> {
  const { status, body } = await target.json(
    "GET",
    `/backup/v1/backups?computeInstanceId=${computeInstanceId}&pageSize=1000`,
  );
  if (status !== 200) throw new Error(`list: ${status} ${JSON.stringify(body)}`);
  return [...(body.backups ?? [])]
    .filter((backup) => backup.policyId === policyId)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/** Their `createdAt`s, written `2026-11-01T06:00:00Z` (no milliseconds: every run is on the minute). */
export const createdTimes = async (target: TestEmulator, computeInstanceId: string, policyId: string) =>
  (await backupsOf(target, computeInstanceId, policyId)).map((backup) =>
    new Date(backup.createdAt).toISOString().replace(".000Z", "Z"),
  );

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** Moves the manual clock to an RFC 3339 time (forward only). */
export function advanceTo(target: TestEmulator, iso: string): void {
  const by = Date.parse(iso) - target.emulator.clock.now();
  if (by < 0) throw new Error(`the clock is past ${iso} already`);
  target.emulator.clock.advance(by);
}

export const clock = (hour: number, minute = 0) => ({ hour: String(hour), minute: String(minute) });
