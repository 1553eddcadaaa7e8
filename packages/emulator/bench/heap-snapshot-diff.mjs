// What grew between two V8 heap snapshots of one process: live objects counted by constructor (a JS object's
// name in the snapshot is its constructor's), and by kind for the rest (strings, arrays, closures by function
// name, V8's own "(system)" …), sorted by bytes gained. Used by the soak when BENCH_HEAP_SNAPSHOTS=1 to name what
// the heap after GC gains during the run.
import { readFileSync } from "node:fs";

/** key → [count, self bytes] over every node of the snapshot at `path`. */
function countByConstructor(path) {
  const { snapshot, nodes, strings } = JSON.parse(readFileSync(path, "utf8"));
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const stride = fields.length;
  const typeAt = fields.indexOf("type");
  const nameAt = fields.indexOf("name");
  const sizeAt = fields.indexOf("self_size");
  const counts = new Map();
  for (let offset = 0; offset < nodes.length; offset += stride) {
    const type = typeNames[nodes[offset + typeAt]];
    const key = type === "object" || type === "closure" ? `${strings[nodes[offset + nameAt]]} (${type})` : `(${type})`;
    const entry = counts.get(key) ?? [0, 0];
    entry[0] += 1;
    entry[1] += nodes[offset + sizeAt];
    counts.set(key, entry);
  }
  return counts;
}

/** The `top` keys that gained the most bytes from `beforePath` to `afterPath`: [key, count gained, bytes gained]. */
export function diffHeapSnapshots(beforePath, afterPath, top) {
  const before = countByConstructor(beforePath);
  const after = countByConstructor(afterPath);
  const rows = [];
  for (const [key, [count, bytes]] of after) {
    const [countBefore, bytesBefore] = before.get(key) ?? [0, 0];
    rows.push([key, count - countBefore, bytes - bytesBefore]);
  }
  return rows.sort((left, right) => right[2] - left[2]).slice(0, top);
}
