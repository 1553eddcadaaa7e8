// 5. Heap per stored backup at 100,000: heapUsed after full GCs, before and after createEmulator, in a fresh
// process (with --expose-gc) holding a reference to the emulator; divided by describe().backups.
import { fileURLToPath } from "node:url";
import { measureInChild } from "./measure-in-child.mjs";

const CHILD = fileURLToPath(new URL("./heap-child.mjs", import.meta.url));

function measure(backups) {
  return measureInChild(CHILD, [backups], "heap");
}

export async function benchHeap({ backups }) {
  const result = await measure(backups);
  const heapBytes = result.after - result.before;
  const perBackup = heapBytes / result.stored;
  const jsonPerBackup = result.jsonBytes / result.stored;
  return {
    title: `5. Heap per stored backup: createEmulator({ seed: { backups: ${backups} } }) in a fresh process, heapUsed after gc() (plain report)`,
    rows: [
      ["backups stored", `${result.stored} (describe().backups), created in ${result.createMs.toFixed(0)} ms`],
      ["heapUsed growth", `${(heapBytes / 2 ** 20).toFixed(1)} MiB`],
      ["per backup", `${perBackup.toFixed(0)} B`],
      [
        "its JSON text, per backup",
        `${jsonPerBackup.toFixed(0)} B   heap ÷ JSON ${(perBackup / jsonPerBackup).toFixed(2)}×   (disks arrays are shared per instance, JSON repeats them)`,
      ],
    ],
    figures: { perBackup },
  };
}
