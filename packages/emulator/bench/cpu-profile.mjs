// A sampling CPU profile of some calls, in this process (node:inspector), boiled down to two views: self time
// per function (where the CPU is) and inclusive time per named stage (which step of the pipeline it is in).
// V8 charges a builtin such as JSON.stringify to the JS function that called it, so `jsonResponse`'s self time
// is in effect the serialisation of the answer.
import { Session } from "node:inspector/promises";
import { basename } from "node:path";

const NOT_CODE = new Set(["(idle)", "(program)", "(root)"]);

export async function profileCalls(work, calls, { intervalMicroseconds = 100 } = {}) {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: intervalMicroseconds });
    await session.post("Profiler.start");
    for (let call = 0; call < calls; call++) await work();
    const { profile } = await session.post("Profiler.stop");
    return summarise(profile);
  } finally {
    session.disconnect();
  }
}

function summarise(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const label = ({ callFrame }) =>
    `${callFrame.functionName || "(anonymous)"} ${callFrame.url ? `${basename(callFrame.url)}:${callFrame.lineNumber + 1}` : ""}`.trim();
  const samples = profile.samples.filter((id) => !NOT_CODE.has(nodes.get(id).callFrame.functionName));
  const selfCounts = new Map();
  for (const id of samples) {
    const key = label(nodes.get(id));
    selfCounts.set(key, (selfCounts.get(key) ?? 0) + 1);
  }
  return {
    samples: samples.length,
    /** The `count` functions with the most self time, as [label, share of the busy samples]. */
    topSelf: (count) =>
      [...selfCounts]
        .sort((left, right) => right[1] - left[1])
        .slice(0, count)
        .map(([key, hits]) => [key, hits / samples.length]),
    /**
     * Share of busy samples with a function of that name anywhere on the stack: JavaScript of the code under test
     * only, so that a builtin or a Node internal of the same name (`match`, `get`) does not count.
     */
    inclusive(functionName) {
      let hits = 0;
      for (const id of samples) {
        for (let current = id; current !== undefined; current = parents.get(current)) {
          const { callFrame } = nodes.get(current);
          if (callFrame.functionName === functionName && callFrame.url && !callFrame.url.startsWith("node:")) {
            hits++;
            break;
          }
        }
      }
      return hits / samples.length;
    },
  };
}
