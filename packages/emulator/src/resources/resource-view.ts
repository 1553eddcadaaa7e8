// A resource as the API shows it: its record, but `RECOVERING` (with the recovery's progress) while a recovery
// onto its instance runs, `BACKUPING` while an execution backs it up, as the service reports the agent's work in the resource's status;
// and `nextBackupTime` from the scheduler (src/schedules/scheduler.ts), not the one stored.
import type { Resource } from "@backup-api/types";
import type { OperationRunner } from "../operations/operation-runner.js";
import type { Scheduler } from "../schedules/scheduler.js";
import type { ResourceRecord } from "../state/model.js";

/** `nextBackupTime`: the earliest next run of the resource's applications by the scheduler, absent when none. */
function withNextBackup(resource: Resource, schedules: Scheduler): Resource {
  const { nextBackupTime: _stored, ...rest } = resource;
  const next = schedules.nextRunOf(resource.computeInstanceId!);
  return next === undefined ? rest : { ...rest, nextBackupTime: new Date(next).toISOString() };
}

export function resourceView(record: ResourceRecord, operations: OperationRunner, schedules: Scheduler): Resource {
  return withNextBackup(statusView(record, operations), schedules);
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
