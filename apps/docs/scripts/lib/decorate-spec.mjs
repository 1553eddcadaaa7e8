// The copy of the bundled spec that the docs render: the introduction added to info.description and
// x-codeSamples (curl + TypeScript) on every operation. spec/ itself is never touched.
import { curlSample } from "./curl-sample.mjs";
import { listOperations } from "@backup-api/spec-walker";

/**
 * @param {any} bundled the bundled spec (not modified)
 * @param {{ introduction: string, typeScriptSamples: (operationIds: string[]) => Map<string, string> }} inputs
 */
export function decorateSpec(bundled, { introduction, typeScriptSamples }) {
  /** @type {any} */
  const doc = structuredClone(bundled);
  const operations = listOperations(doc);
  const unnamed = operations.filter((o) => !o.operationId);
  if (unnamed.length) throw new Error(`Operations without operationId: ${unnamed.map((o) => `${o.method} ${o.path}`)}`);
  const ts = typeScriptSamples(operations.map((o) => o.operationId));
  for (const op of operations) {
    const typescript = ts.get(op.operationId);
    if (!typescript) throw new Error(`No TypeScript sample for ${op.operationId}`);
    op.operation["x-codeSamples"] = [
      { lang: "TypeScript", label: "TypeScript", source: typescript },
      { lang: "curl", label: "curl", source: curlSample(doc, op) },
    ];
  }
  doc.info.description = `${doc.info.description?.trim() ?? ""}\n\n${introduction.trim()}\n`;
  return doc;
}
