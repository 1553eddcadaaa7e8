// A state whose instance holds as many tasks as a resource keeps, for the tests of the bound: the next task drops
// the oldest.
import { TASKS_KEPT_PER_RESOURCE } from "../../src/kept-state/kept-state-rules.js";
import type { EmulatorState } from "../../src/state/model.js";
import { DEFAULT_SEED_FOLDER_ID } from "./policies.js";

const MINUTE = 60_000;

/** The state of a fresh emulator with `instanceId` holding old finished tasks up to the bound. */
export function stateWithFullTaskList(state: EmulatorState, instanceId: string): EmulatorState {
  const model = state.tasks[0]!;
  const have = state.tasks.filter((record) => record.task.computeInstanceId === instanceId).length;
  for (let index = 0; index < TASKS_KEPT_PER_RESOURCE - have; index += 1) {
    const task = structuredClone(model);
    const seq = state.nextTaskSeq++;
    const atMs = Date.parse("2020-01-01T00:00:00Z") + index * MINUTE;
    task.task.id = String(seq);
    task.task.computeInstanceId = instanceId;
    task.task.enqueuedAt = task.task.startedAt = new Date(atMs).toISOString();
    task.task.updatedAt = task.task.completedAt = new Date(atMs + MINUTE).toISOString();
    task.seq = seq;
    task.createdAtMs = atMs;
    state.tasks.push(task);
  }
  return state;
}

/** A policy of the default folder not applied to `instanceId`, for an applyPolicy that leaves a task. */
export function unappliedPolicy(state: EmulatorState, instanceId: string) {
  return state.policies.find(
    (policy) =>
      policy.folderId === DEFAULT_SEED_FOLDER_ID &&
      !state.applications.some((entry) => entry.policyId === policy.id && entry.computeInstanceId === instanceId),
  )!;
}
