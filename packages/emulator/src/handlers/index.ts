// Every operation of the spec, by operationId. A handler missing here does not compile, and a test checks that
// the spec has no operation without one.
import type { Handlers } from "./context.js";
import { deleteBackup } from "./delete.js";
import { get } from "./get.js";
import { getOperation } from "./get-operation.js";
import { list } from "./list.js";
import { listArchives } from "./list-archives.js";
import { listFiles } from "./list-files.js";
import { startRecovery } from "./start-recovery.js";

export const HANDLERS: Handlers = {
  list,
  get,
  listArchives,
  listFiles,
  startRecovery,
  delete: deleteBackup,
  getOperation,
};
