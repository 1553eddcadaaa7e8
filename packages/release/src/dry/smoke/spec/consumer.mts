// Types of @backup-api/spec from ESM: the document keeps its literal type.
import { document, type BackupApiDocument } from "@backup-api/spec";

const version: "3.1.0" | `3.1.${string}` = document.openapi;
const doc: BackupApiDocument = document;
// @ts-expect-error the document is deeply readonly
document.info.title = "changed";
export { version, doc };
