// Policies run on the emulator's clock. Nothing runs on a timer: every time the clock is brought up to date (a
// request, `clock.advance`), the runs due since the watermark (`schedulesRunUpTo`) are made in time order across
// every application, each as a finished execution makes its backup, then retention. A jump stays cheap: each
// application's next run sits in a min-heap, found by the calculator (src/schedules/next-run.ts) a day at a
// time, so a jump costs one heap pop and one calculation per run made, nothing per minute jumped.
import { recordScheduledRunTasks } from "../tasks/policy-run-tasks.js";
import { runPolicy, type PolicyRun } from "../backups/policy-run.js";
import type { OperationRunner } from "../operations/operation-runner.js";
import type { ApplicationRecord } from "../state/model.js";
import { applicationKey, type MemoryStore } from "../state/store.js";
import { ScheduleError } from "./interval.js";
import { MinHeap } from "./min-heap.js";
import { nextRunAfter } from "./next-run.js";

interface DueRun {
  atMs: number;
  /** `policyId/computeInstanceId`: orders runs due at the same time, the same way every time. */
  key: string;
  application: ApplicationRecord;
  backupSetIndex: number;
}

/** What a scheduled run did: the backup and retention pass, or why it was skipped. */
export interface ScheduledRun {
  policyId: string;
  computeInstanceId: string;
  atMs: number;
  run?: PolicyRun;
  skipped?: string;
}

const before = (a: DueRun, b: DueRun) => a.atMs < b.atMs || (a.atMs === b.atMs && a.key < b.key);

export class Scheduler {
  private readonly queue = new MinHeap<DueRun>(before);
  /** Each application's next run, by key, and each instance's application keys: what `nextRunOf` reads. */
  private readonly dueByApplication = new Map<string, DueRun>();
  private readonly keysByInstance = new Map<string, Set<string>>();
  private builtAtVersion = -1;

  constructor(
    private readonly store: MemoryStore,
    private readonly operations: OperationRunner,
  ) {}

  /**
   * Makes every run due after the watermark and at or before `nowMs`, oldest first, and moves the watermark to
   * `nowMs`. A clock behind the watermark (a manual clock restarted on a saved file) runs nothing until it
   * passes it, so no run is made twice.
   */
  runUpTo(nowMs: number): ScheduledRun[] {
    const from = this.store.schedulesRunUpTo;
    if (from === undefined) {
      this.store.setSchedulesRunUpTo(nowMs);
      return [];
    }
    if (nowMs <= from) return [];
    this.refresh();
    const runs: ScheduledRun[] = [];
    for (let due = this.queue.peek(); due && due.atMs <= nowMs; due = this.queue.peek()) {
      this.queue.pop();
      runs.push(this.run(due));
      this.plan(due.application, due.atMs);
    }
    this.store.setSchedulesRunUpTo(nowMs);
    // The runs changed resources (lastBackupTime) and nothing else schedules read: the queue is still right.
    this.builtAtVersion = this.store.scheduleInputsVersion;
    return runs;
  }

  /** The earliest next run of the instance's applications (epoch ms), if any. */
  nextRunOf(computeInstanceId: string): number | undefined {
    this.refresh();
    let earliest: number | undefined;
    for (const key of this.keysByInstance.get(computeInstanceId) ?? []) {
      const due = this.dueByApplication.get(key);
      if (due && (earliest === undefined || due.atMs < earliest)) earliest = due.atMs;
    }
    return earliest;
  }

  /** Plans every application again after policies, applications or resources changed. */
  private refresh(): void {
    if (this.builtAtVersion === this.store.scheduleInputsVersion) return;
    this.queue.clear();
    this.dueByApplication.clear();
    this.keysByInstance.clear();
    const from = this.store.schedulesRunUpTo ?? 0;
    for (const application of this.store.applications.values()) this.plan(application, from);
    this.builtAtVersion = this.store.scheduleInputsVersion;
  }

  /**
   * Queues the application's first run after `afterMs`, when it runs at all: enabled and applied (not
   * processing), its policy enabled with scheduling enabled, its instance registered and online (the agent
   * makes the backup). A schedule the calculator cannot follow never runs.
   */
  private plan(application: ApplicationRecord, afterMs: number): void {
    const key = applicationKey(application);
    this.dueByApplication.delete(key);
    const policy = this.store.policies.get(application.policyId);
    const resource = this.store.resources.get(application.computeInstanceId);
    if (!application.enabled || application.isProcessing) return;
    if (!policy?.enabled || policy.settings.scheduling?.enabled !== true) return;
    if (!resource?.resource.online || !this.store.instances.has(application.computeInstanceId)) return;
    let next: ReturnType<typeof nextRunAfter>;
    try {
      next = nextRunAfter(policy.settings.scheduling, this.lastRunOf(application), afterMs);
    } catch (error) {
      if (error instanceof ScheduleError) return;
      throw error;
    }
    if (!next) return;
    const due: DueRun = { atMs: next.atMs, key, application, backupSetIndex: next.backupSetIndex };
    this.dueByApplication.set(key, due);
    let keys = this.keysByInstance.get(application.computeInstanceId);
    if (!keys) this.keysByInstance.set(application.computeInstanceId, (keys = new Set()));
    keys.add(key);
    this.queue.push(due);
  }

  /** When the policy last backed up the instance (by schedule or by hand), else when it was applied. */
  private lastRunOf(application: ApplicationRecord): number {
    const chain = this.store.listing(`instancePolicy:${application.computeInstanceId}/${application.policyId}`);
    return chain[chain.length - 1]?.createdAtMs ?? Date.parse(application.createdAt);
  }

  private run(due: DueRun): ScheduledRun {
    const { policyId, computeInstanceId } = due.application;
    const outcome: ScheduledRun = { policyId, computeInstanceId, atMs: due.atMs };
    // The agent does one thing at a time: a run due while an execution or a recovery works on the instance is
    // skipped, not queued behind it.
    if (this.operations.executionOn(computeInstanceId) || this.operations.recoveryOnto(computeInstanceId)) {
      outcome.skipped = "the instance is busy with an execution or a recovery";
      return outcome;
    }
    const policy = this.store.policies.get(policyId)!;
    const instance = this.store.instances.get(computeInstanceId)!;
    const backupSet = policy.settings.scheduling.backupSets[due.backupSetIndex];
    outcome.run = runPolicy(this.store, policy, instance, `schedule/${due.key}/${due.atMs}`, due.atMs, {
      ...(backupSet && { backupSet }),
      periods: new Set(backupSet?.time?.type ? [backupSet.time.type] : []),
      isBusy: (backupId) => this.operations.runningOn(backupId) !== undefined,
    });
    recordScheduledRunTasks(this.store, policy, outcome.run);
    const resource = this.store.resources.get(computeInstanceId);
    if (resource) {
      const last = resource.resource.lastBackupTime ? Date.parse(resource.resource.lastBackupTime) : 0;
      if (due.atMs > last) resource.resource.lastBackupTime = new Date(due.atMs).toISOString();
      // A backup that succeeds clears a failed one's mark, as a successful execution does.
      if (resource.resource.status === "FAILED") {
        resource.resource.status = "IDLE";
        resource.resource.statusDetails = "";
        resource.resource.statusProgress = "0";
      }
      this.store.putResource(resource);
    }
    return outcome;
  }
}
