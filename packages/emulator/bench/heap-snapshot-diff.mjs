// What grew between two V8 heap snapshots of one process. Two views: live objects counted by constructor (a JS
// object's name in the snapshot is its constructor's; other nodes by kind: strings, arrays, compiled code,
// V8's own "(system)" …), sorted by bytes gained; and the objects new in the second snapshot (node ids are
// stable within a process), grouped by kind and by what first holds them, which names the owner of the growth.
// Used by the soak when BENCH_HEAP_SNAPSHOTS=1.
import { readFileSync } from "node:fs";

function readSnapshot(path) {
  const { snapshot, nodes, edges, strings } = JSON.parse(readFileSync(path, "utf8"));
  const nodeFields = snapshot.meta.node_fields;
  const edgeFields = snapshot.meta.edge_fields;
  const at = (name) => nodeFields.indexOf(name);
  return {
    nodes,
    edges,
    strings,
    stride: nodeFields.length,
    edgeStride: edgeFields.length,
    field: { type: at("type"), name: at("name"), id: at("id"), size: at("self_size"), edgeCount: at("edge_count") },
    edgeField: {
      type: edgeFields.indexOf("type"),
      nameOrIndex: edgeFields.indexOf("name_or_index"),
      toNode: edgeFields.indexOf("to_node"),
    },
    nodeTypes: snapshot.meta.node_types[0],
    edgeTypes: snapshot.meta.edge_types[0],
  };
}

function keyOf(heap, offset) {
  const type = heap.nodeTypes[heap.nodes[offset + heap.field.type]];
  return type === "object" || type === "closure"
    ? `${heap.strings[heap.nodes[offset + heap.field.name]]} (${type})`
    : `(${type})`;
}

/** key → [count, self bytes] over every node. */
function countByConstructor(heap) {
  const counts = new Map();
  for (let offset = 0; offset < heap.nodes.length; offset += heap.stride) {
    const key = keyOf(heap, offset);
    const entry = counts.get(key) ?? [0, 0];
    entry[0] += 1;
    entry[1] += heap.nodes[offset + heap.field.size];
    counts.set(key, entry);
  }
  return counts;
}

function nodeIds(heap) {
  const ids = new Set();
  for (let offset = 0; offset < heap.nodes.length; offset += heap.stride) ids.add(heap.nodes[offset + heap.field.id]);
  return ids;
}

/** "kind ← holder.edge" → [count, bytes] for the nodes of `after` whose id `before` did not have. */
function newObjectsByHolder(after, idsBefore) {
  const holders = new Map();
  const isNew = (offset) => !idsBefore.has(after.nodes[offset + after.field.id]);
  let edgeOffset = 0;
  for (let offset = 0; offset < after.nodes.length; offset += after.stride) {
    const edgeCount = after.nodes[offset + after.field.edgeCount];
    for (let edge = 0; edge < edgeCount; edge++, edgeOffset += after.edgeStride) {
      const target = after.edges[edgeOffset + after.edgeField.toNode];
      const edgeType = after.edgeTypes[after.edges[edgeOffset + after.edgeField.type]];
      // The first strong holder only: weak edges do not keep anything alive.
      if (edgeType === "weak" || holders.has(target) || !isNew(target)) continue;
      const nameOrIndex = after.edges[edgeOffset + after.edgeField.nameOrIndex];
      const edgeName =
        edgeType === "element" || edgeType === "hidden" ? `[${nameOrIndex}]` : after.strings[nameOrIndex];
      holders.set(target, `${keyOf(after, target)} ← ${keyOf(after, offset)}.${edgeName}`);
    }
  }
  const grouped = new Map();
  for (const [target, holder] of holders) {
    const entry = grouped.get(holder) ?? [0, 0];
    entry[0] += 1;
    entry[1] += after.nodes[target + after.field.size];
    grouped.set(holder, entry);
  }
  return grouped;
}

const topByBytes = (rows, top) => rows.sort((left, right) => right[2] - left[2]).slice(0, top);

/**
 * From `beforePath` to `afterPath`: `byConstructor`, the `top` kinds that gained the most bytes, as
 * [key, count gained, bytes gained]; `newByHolder`, the `top` groups of new objects by kind and first holder,
 * as [kind ← holder.edge, count, bytes].
 */
export function diffHeapSnapshots(beforePath, afterPath, top) {
  const before = readSnapshot(beforePath);
  const countsBefore = countByConstructor(before);
  const idsBefore = nodeIds(before);
  const after = readSnapshot(afterPath);
  const byConstructor = [];
  for (const [key, [count, bytes]] of countByConstructor(after)) {
    const [countBefore, bytesBefore] = countsBefore.get(key) ?? [0, 0];
    byConstructor.push([key, count - countBefore, bytes - bytesBefore]);
  }
  const newByHolder = [...newObjectsByHolder(after, idsBefore)].map(([key, [count, bytes]]) => [key, count, bytes]);
  return { byConstructor: topByBytes(byConstructor, top), newByHolder: topByBytes(newByHolder, top) };
}
