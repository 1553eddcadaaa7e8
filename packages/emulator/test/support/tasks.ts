// Reading a resource's tasks in tests: one page, or every page walked by its tokens.
import { expect } from "vitest";
import type { TestEmulator } from "./emulator.js";

/** One page of the instance's tasks (200 expected). */
export async function taskPage(target: TestEmulator, computeInstanceId: string, query = ""): Promise<any> {
  const { status, body } = await target.json("GET", `/backup/v1/resources/${computeInstanceId}/tasks${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}

/** The newest task of the instance. */
export async function newestTask(target: TestEmulator, computeInstanceId: string): Promise<any> {
  return (await taskPage(target, computeInstanceId, "?pageSize=1")).tasks?.[0];
}

/** Every task of the instance, walking its page tokens `pageSize` at a time. */
export async function allTasks(target: TestEmulator, computeInstanceId: string, pageSize: number): Promise<any[]> {
  const tasks: any[] = [];
  let token = "";
  for (let page = 0; page < 10_000; page++) {
    const body = await taskPage(
      target,
      computeInstanceId,
      `?pageSize=${pageSize}${token && `&pageToken=${encodeURIComponent(token)}`}`,
    );
    tasks.push(...(body.tasks ?? []));
    token = body.nextPageToken ?? "";
    if (!token) return tasks;
  }
  throw new Error("too many pages");
}
