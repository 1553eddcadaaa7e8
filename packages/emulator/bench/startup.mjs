// 2. Time from spawn to the first 200 of a real API route: the emulator's bin vs Prism's CLI, both spawned the
// same way (node <entry> …), both polled with fetch every 10 ms. Rounds alternate which goes first, so that
// neither always starts on a machine still busy with the other's exit.
import { freePort } from "@backup-api/process-helpers";
import { compareMedians } from "./medians.mjs";
import { pollUntilOk, spawnEmulator, spawnPrism, stopProcess, urlOf } from "./processes.mjs";
import { AUTH_HEADERS, seedTarget } from "./seed-target.mjs";
import { formatMs, verdict } from "./report.mjs";

async function spawnToFirstOk(spawnServer, path) {
  const port = await freePort();
  const started = performance.now();
  const child = spawnServer(port);
  try {
    await pollUntilOk(urlOf(port) + path, { headers: AUTH_HEADERS, child, intervalMs: 10 });
    return performance.now() - started;
  } finally {
    await stopProcess(child);
  }
}

export async function benchStartup({ rounds }) {
  const target = await seedTarget();
  // The parent's first fetch loads undici lazily: pay that here, not inside the first round.
  await fetch(urlOf(await freePort())).catch(() => {});
  const servers = { emulator: spawnEmulator, prism: spawnPrism };
  const samples = { emulator: [], prism: [] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ["emulator", "prism"] : ["prism", "emulator"];
    for (const name of order) samples[name].push(await spawnToFirstOk(servers[name], target.path));
  }
  const { medians, ratio, ratioText } = compareMedians(samples, "prism", "emulator");
  const list = (values) => values.map((value) => value.toFixed(0)).join(", ");
  return {
    title: `2. Spawn → first 200 on GET one backup, polled every 10 ms, ${rounds} alternating rounds (goal: emulator ≥ 5× faster than Prism)`,
    rows: [
      ["emulator bin", `median ${formatMs(medians.emulator)}   rounds: ${list(samples.emulator)} ms`],
      ["Prism CLI (mock)", `median ${formatMs(medians.prism)}   rounds: ${list(samples.prism)} ms`],
      ["Prism ÷ emulator", `${ratioText}   ${verdict(ratio >= 5)}`],
    ],
    figures: { emulatorMs: medians.emulator, prismMs: medians.prism, ratio },
  };
}
