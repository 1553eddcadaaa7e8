// The google.rpc codes the service answers with, as the spec states them (`x-google-rpc-codes` on Status.code,
// the gRPC-gateway mapping), and what a bare HTTP status stands for when an answer is not a google.rpc.Status.
import type { SpecNode } from "./document.js";
import { listOperations } from "./operations.js";
import { resolveRef } from "./pointers.js";

export interface StatusCodeEntry {
  code: number;
  name: string;
  httpStatus: number;
}

/** Every code the spec lists, in its order (code order). */
export function statusCodes(doc: SpecNode): StatusCodeEntry[] {
  const codes = resolveRef(doc, doc.components?.schemas?.Status ?? {}).properties?.code?.["x-google-rpc-codes"];
  if (!Array.isArray(codes) || codes.length === 0) throw new Error("spec: Status.code has no x-google-rpc-codes table");
  return codes.map((entry: SpecNode) => ({ code: entry.code, name: entry.name, httpStatus: entry.httpStatus }));
}

/**
 * The code a bare HTTP status stands for. Several codes share 400, 409 and 500, so for a status the spec declares
 * as an error answer it is the code of that answer's first example (a 409 is ABORTED, a 500 INTERNAL); for any
 * other status it is the one code that maps to it. Statuses shared by several codes and never declared have none.
 */
export function codeOfHttpStatus(doc: SpecNode): Map<number, number> {
  const declared = new Map<number, number>();
  for (const operation of listOperations(doc)) {
    for (const status of operation.responseStatuses.filter((status) => status !== "200")) {
      const response = resolveRef(doc, operation.operation.responses[status]);
      const [example] = Object.values((response.content?.["application/json"]?.examples ?? {}) as SpecNode);
      const code = example && resolveRef(doc, example).value?.code;
      if (typeof code !== "number") {
        throw new Error(`spec: ${operation.operationId}'s ${status} answer has no example with a code`);
      }
      const earlier = declared.get(Number(status));
      if (earlier !== undefined && earlier !== code) {
        throw new Error(
          `spec: the first examples of the ${status} answers disagree on their code (${earlier}, ${code})`,
        );
      }
      declared.set(Number(status), code);
    }
  }
  const codes = statusCodes(doc);
  for (const httpStatus of new Set(codes.map((entry) => entry.httpStatus))) {
    const mapped = codes.filter((entry) => entry.httpStatus === httpStatus);
    if (mapped.length === 1 && !declared.has(httpStatus)) declared.set(httpStatus, mapped[0]!.code);
  }
  return new Map([...declared].sort(([a], [b]) => a - b));
}
