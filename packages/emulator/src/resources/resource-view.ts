// A resource as the API shows it: its record, but `RECOVERING` (with the recovery's progress) while a recovery
// onto its instance runs, `BACKUPING` while an execution backs it up, as the service reports the agent's work in the resource's status;
// and `nextBackupTime` from the scheduler (src/schedules/scheduler.ts), not the one stored.
import type { Resource } from "@backup-api/types";
import type { OperationRunner } from "../operations/operation-runner.js";
import type { Scheduler } from "../schedules/scheduler.js";
import type { WrittenJson } from "../spec/bundled-spec.js";
import type { ResourceRecord } from "../state/model.js";
import { wireJson } from "../state/wire-json-cache.js";

/** `nextBackupTime`: the earliest next run of the resource's applications by the scheduler, absent when none. */
function withNextBackup(resource: Resource, nextBackupTime: string | undefined): Resource {
  const { nextBackupTime: _stored, ...rest } = resource;
  return nextBackupTime === undefined ? rest : { ...rest, nextBackupTime };
}

const asTimestamp = (milliseconds: number | undefined) =>
  milliseconds === undefined ? undefined : new Date(milliseconds).toISOString();

function nextBackupTimeOf(record: ResourceRecord, schedules: Scheduler): string | undefined {
  return asTimestamp(schedules.nextRunOf(record.resource.computeInstanceId));
}

export function resourceView(record: ResourceRecord, operations: OperationRunner, schedules: Scheduler): Resource {
  return withNextBackup(statusView(record, operations), nextBackupTimeOf(record, schedules));
}

/**
 * The resource as a list answers it: while no operation works on it, its kept wire JSON (src/state/wire-json-cache.ts),
 * written again when its record or its next backup time changes; a view made for this answer otherwise.
 */
export function resourceAnswer(
  record: ResourceRecord,
  operations: OperationRunner,
  schedules: Scheduler,
): Resource | WrittenJson {
  const status = statusView(record, operations);
  const nextRunMs = schedules.nextRunOf(record.resource.computeInstanceId);
  if (status !== record.resource) return withNextBackup(status, asTimestamp(nextRunMs));
  // Keyed by the time as a number: its text is made only when the kept JSON is written again.
  return wireJson(record.resource, "Resource", {
    key: nextRunMs ?? "",
    answer: () => withNextBackup(record.resource, asTimestamp(nextRunMs)),
  });
}

function statusView(record: ResourceRecord, operations: OperationRunner): Resource {
  const execution = operations.executionOn(record.resource.computeInstanceId);
  if (execution) {
    const metadata = execution.operation.metadata as { progressPercentage?: number } | undefined;
    return {
      ...record.resource,
      status: "BACKUPING",
      statusProgress: String(Math.floor(metadata?.progressPercentage ?? 0)),
      statusDetails: "",
    };
  }
  const recovery = operations.recoveryOnto(record.resource.computeInstanceId);
  if (!recovery) return record.resource;
  const metadata = recovery.operation.metadata as { progressPercentage?: number } | undefined;
  return {
    ...record.resource,
    status: "RECOVERING",
    statusProgress: String(Math.floor(metadata?.progressPercentage ?? 0)),
    statusDetails: "",
  };
}
