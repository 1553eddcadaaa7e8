// The README is checked against the code: its seed tables name what the default seed really holds, and its
// in-process example runs.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createEmulator, DEFAULT_SEED_FOLDER_ID, FORBIDDEN_FOLDER_ID } from "../../src/index.js";

const readme = readFileSync(fileURLToPath(new URL("../../README.md", import.meta.url)), "utf8");
const exampleFile = fileURLToPath(new URL("./readme-example.generated.ts", import.meta.url));
afterAll(() => rmSync(exampleFile, { force: true }));

/** Rows of the markdown table whose header row starts with `firstHeader`, as cells. */
function tableRows(firstHeader: string): string[][] {
  const lines = readme.split("\n");
  const start = lines.findIndex((line) => line.startsWith(`| ${firstHeader} |`));
  expect(start, `README has a table headed "${firstHeader}"`).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/`/g, "")),
    );
  }
  return rows;
}

describe("README", () => {
  it("names the default seed's folders and the default folder's instances as they are", () => {
    const summary = createEmulator().describe();
    const folders = tableRows("folder").map(([name, id]) => ({ name, id }));
    expect(folders).toEqual(summary.folders.map((folder) => ({ name: folder.name, id: folder.id })));
    expect(folders[0]!.id).toBe(DEFAULT_SEED_FOLDER_ID);
    expect(folders[2]!.id).toBe(FORBIDDEN_FOLDER_ID);
    const instances = tableRows("instance (default folder)").map(([name, id, kind]) => ({
      name,
      id,
      kind: kind!.split(/[ ,]/)[0],
    }));
    expect(instances).toEqual(
      summary.instances
        .filter((instance) => instance.folderId === DEFAULT_SEED_FOLDER_ID)
        .map(({ name, id, kind }) => ({ name, id, kind })),
    );
    const defaultFolder = summary.folders[0]!;
    expect(tableRows("folder")[0]![2]).toContain(`${defaultFolder.backups} backups`);
  });

  it("names the default folder's policies, and what each keeps, as they are", () => {
    const state = createEmulator().snapshot();
    const rows = tableRows("policy (default folder)").map(([name, id, schedule]) => ({
      name,
      id,
      keeps: /keeps (\d+)/.exec(schedule!)?.[1],
    }));
    expect(rows).toEqual(
      state.policies
        .filter((policy) => policy.folderId === DEFAULT_SEED_FOLDER_ID)
        .map((policy) => ({ name: policy.name, id: policy.id, keeps: policy.settings.retention.rules?.[0]?.maxCount })),
    );
    expect(state.providers).toEqual([{ folderId: DEFAULT_SEED_FOLDER_ID, name: "cyberprotect" }]);
  });

  it("names every control route the emulator lists (GET /_emulator)", async () => {
    const { routes } = await (await createEmulator().fetch("http://emulator.test/_emulator")).json();
    const paths = (routes as string[]).map((route) => /^\w+\s+(\S+)/.exec(route)![1]!);
    expect(paths).toContain("/_emulator/agents/register");
    expect(paths.filter((path) => !readme.includes(path))).toEqual([]);
  });

  it("runs the in-process example", async () => {
    const example = /## In-process, in a test\n\n```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    const runnable = example.replace(
      'from "@backup-api/emulator"',
      `from ${JSON.stringify(fileURLToPath(new URL("../../src/index.js", import.meta.url)))}`,
    );
    writeFileSync(exampleFile, `${runnable}\nexport { done };\n`);
    const { done } = await import(exampleFile);
    expect(done).toMatchObject({ done: true, response: { "@type": "type.googleapis.com/google.protobuf.Empty" } });
  });
});
