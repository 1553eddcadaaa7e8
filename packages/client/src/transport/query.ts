/**
 * Query serializer for this API: flat names (the list selectors are already dotted, `archive.archiveId`),
 * values encoded, `undefined` left out. A plain function, so openapi-fetch does not rebuild one per call.
 */
export function serializeQuery(q: Record<string, unknown>): string {
  let s = "";
  for (const k in q) {
    const v = q[k];
    if (v !== undefined && v !== null) s += `${s ? "&" : ""}${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`;
  }
  return s;
}
