// The copy of the bundled spec that the docs render: the introduction and the guides added to
// info.description, and x-codeSamples (curl + TypeScript) on every operation. spec/ itself is never touched.
import { curlSample } from "./curl-sample.mjs";
import { listOperations } from "@backup-api/spec-walker";

/**
 * @param {any} bundled the bundled spec (not modified)
 * @param {{ introduction: string, guides?: string[], typeScriptSamples: (operationIds: string[]) => Map<string, string> }} inputs
 *   guides: rendered markdown pages, each a `# ` section of its own after the introduction
 */
export function decorateSpec(bundled, { introduction, guides = [], typeScriptSamples }) {
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
  const sections = [doc.info.description?.trim() ?? "", introduction.trim(), ...guides.map((guide) => guide.trim())];
  doc.info.description = `${sections.join("\n\n")}\n`;
  return doc;
}
