// The breaking edits the mutation check applies, one at a time, to a copy of the repo. Each names the
// package whose tests must catch it and the test that is expected to fail.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

function edit(root, file, from, to) {
  const path = join(root, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`mutation cannot apply: ${JSON.stringify(from)} not found in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

export const mutations = [
  {
    name: "rename a Backup field in the spec (vaultId → vaultID)",
    apply: (root) => edit(root, "spec/components/schemas/Backup.yaml", "  vaultId:\n", "  vaultID:\n"),
    package: "@backup-api/contract-tests",
    expect: /Backup schema ↔ seed representation/,
  },
  {
    name: "change a parameter's type (pageSize integer → string)",
    apply: (root) =>
      edit(
        root,
        "spec/components/parameters/QueryPageSize.yaml",
        "schema:\n  type: integer\n",
        "schema:\n  type: string\n",
      ),
    package: "@backup-api/types",
    expect: /generated 'openapi\.ts' > matches what the bundled spec generates/,
  },
  {
    name: "delete an operation's example (list → lastPage)",
    apply: (root) =>
      edit(
        root,
        "spec/paths/backups.yaml",
        "            lastPage:\n              $ref: ../components/examples/ListBackupsLastPage.yaml\n",
        "",
      ),
    package: "@backup-api/contract-tests",
    expect: /a first page with nextPageToken and a last page without/,
  },
  {
    // A doc comment changed by hand: everything downstream still compiles, so only the drift check can tell.
    name: "edit a generated file by hand (a comment of Backup.id)",
    apply: (root) =>
      edit(
        root,
        "packages/types/src/generated/openapi.ts",
        "* @description Identifier of the backup.",
        "* @description Identifier of the backup (edited by hand).",
      ),
    package: "@backup-api/types",
    expect: /generated 'openapi\.ts' > matches what the bundled spec generates/,
  },
  {
    name: "remove a docs sample's import (samples/get.ts)",
    apply: (root) =>
      edit(
        root,
        "apps/docs/samples/get.ts",
        'import { BackupApiError, createBackupClient } from "@backup-api/client";\n',
        "",
      ),
    package: "@backup-api/contract-tests",
    expect: /every TypeScript sample compiles against the built @backup-api\/client/,
  },
  {
    name: "the emulator forgets to remove a deleted backup (operation-runner)",
    apply: (root) =>
      edit(
        root,
        "packages/emulator/src/operations/operation-runner.ts",
        'if (record.kind === "delete" && backup) this.store.removeBackup(backup);',
        "",
      ),
    package: "@backup-api/contract-tests",
    expect: /stateful scenarios > delete, wait until done, then get: NOT_FOUND/,
  },
];
