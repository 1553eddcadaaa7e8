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
    // Without a servers list of its own the route falls back to the document's: the Backup API hosts.
    name: "move cancelOperation to the API host (its path loses the operations hosts)",
    apply: (root) =>
      edit(
        root,
        "spec/paths/operations@{operationId}_cancel.yaml",
        "servers:\n  - url: https://operation.api.cloud.yandex.net\n" +
          "    description: Operations host of the main region (polling long-running work)\n    x-region: ru\n" +
          "  - url: https://operation.api.yandexcloud.kz\n" +
          "    description: Operations host of the Kazakhstan region (polling long-running work)\n    x-region: kz\n",
        "",
      ),
    package: "@backup-api/contract-tests",
    expect:
      /routes ↔ reference sheet > names each route with the agreed operationId and puts operation polling on its own hosts/,
  },
  {
    // The quirky route: the instance is in the path, yet the resource's own id is a required query parameter.
    name: "make deleteResource's resourceId optional (QueryResourceId)",
    apply: (root) =>
      edit(root, "spec/components/parameters/QueryResourceId.yaml", "in: query\nrequired: true\n", "in: query\n"),
    package: "@backup-api/contract-tests",
    expect: /optional parameters > every optional query parameter of every operation has a case/,
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
