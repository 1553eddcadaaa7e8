// The last section: issue 20's table (emulator / Steady / Prism: time to first 200, GET req/s) and every ratio
// against its goal, from the figures sections 1, 2 and 6 measured in this run. A section left out (BENCH_ONLY)
// reads "not run".
import { formatMs, verdict } from "./report.mjs";

const NOT_RUN = "not run";

const rate = (value) => (value === undefined ? NOT_RUN : `${value.toFixed(0)} req/s`);
const time = (value) => (value === undefined ? NOT_RUN : formatMs(value));

function ratioRow(label, ratio, goal, goalText) {
  return [
    label,
    ratio === undefined || Number.isNaN(ratio)
      ? NOT_RUN
      : `${ratio.toFixed(2)}×   ${verdict(goal(ratio))} (goal ${goalText})`,
  ];
}

export function summarise({ getThroughput, startup, listThroughput }) {
  const get = getThroughput?.figures ?? {};
  const start = startup?.figures ?? {};
  const list = listThroughput?.figures ?? {};
  const servers = [
    ["emulator", start.emulatorMs, get.emulatorRps],
    ["Steady", start.steadyMs, get.steadyRps],
    ["Prism", start.prismMs, get.prismRps],
  ];
  return {
    title:
      "Summary (issue 20): time to first 200 (median, section 2) and GET req/s at 10 connections (section 1), same run",
    rows: [
      ...servers.map(([name, ms, rps]) => [name, `first 200 ${time(ms).padStart(10)}   GET ${rate(rps).padStart(11)}`]),
      ratioRow("GET: emulator ÷ bare node:http", get.emulatorRps / get.bareRps, (ratio) => ratio >= 0.5, "≥ 0.5×"),
      ratioRow("100-item page: emulator ÷ bare", list.emulatorRps / list.bareRps, (ratio) => ratio >= 0.3, "≥ 0.3×"),
      ratioRow("GET req/s: emulator ÷ Steady", get.emulatorRps / get.steadyRps, (ratio) => ratio > 1, "> 1×"),
      ratioRow("first 200: Steady ÷ emulator", start.steadyMs / start.emulatorMs, (ratio) => ratio > 1, "> 1×"),
      ratioRow("GET req/s: emulator ÷ Prism", get.emulatorRps / get.prismRps, (ratio) => ratio >= 3, "≥ 3×"),
      ratioRow("first 200: Prism ÷ emulator", start.prismMs / start.emulatorMs, (ratio) => ratio >= 5, "≥ 5×"),
    ],
  };
}
