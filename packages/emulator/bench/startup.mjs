// 2. Time from spawn to the first 200 of a real API route: the emulator's bin, Steady's binary and Prism's CLI,
// each spawned as a person runs it, each polled with fetch every 10 ms. Rounds rotate which goes first, so that
// none always starts on a machine still busy with another's exit.
import { freePort } from "@backup-api/process-helpers";
import { compareMedians } from "./medians.mjs";
import { pollUntilOk, spawnEmulator, spawnPrism, spawnSteady, stopProcess, urlOf } from "./processes.mjs";
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
  const servers = { emulator: spawnEmulator, steady: spawnSteady, prism: spawnPrism };
  const names = Object.keys(servers);
  const samples = { emulator: [], steady: [], prism: [] };
  for (let round = 0; round < rounds; round++) {
    const order = names.map((_, index) => names[(index + round) % names.length]);
    for (const name of order) samples[name].push(await spawnToFirstOk(servers[name], target.path));
  }
  const prism = compareMedians(samples, "prism", "emulator");
  const steady = compareMedians(samples, "steady", "emulator");
  const { medians } = prism;
  const list = (values) => values.map((value) => value.toFixed(0)).join(", ");
  return {
    title: `2. Spawn → first 200 on GET one backup, polled every 10 ms, ${rounds} rotating rounds (goals: emulator ≥ 5× faster than Prism, ahead of Steady)`,
    rows: [
      ["emulator bin", `median ${formatMs(medians.emulator)}   rounds: ${list(samples.emulator)} ms`],
      ["Steady binary (@stdy/cli)", `median ${formatMs(medians.steady)}   rounds: ${list(samples.steady)} ms`],
      ["Prism CLI (mock)", `median ${formatMs(medians.prism)}   rounds: ${list(samples.prism)} ms`],
      ["Prism ÷ emulator", `${prism.ratioText}   ${verdict(prism.ratio >= 5)}`],
      [
        "Steady ÷ emulator",
        `${steady.ratioText}   ${verdict(steady.ratio > 1)} (goal > 1×: the emulator answers first)`,
      ],
    ],
    figures: { emulatorMs: medians.emulator, steadyMs: medians.steady, prismMs: medians.prism },
  };
}
