// 4c. Where the time of one GET of a backup goes, in this process (emulator.fetch, no sockets), on the same 100k
// store as 4b: CPU per call, then a sampling profile by pipeline stage and by function, as 4b has for a
// 100-item page. Together they are the "profile before" of issue 20.
import { profileCalls } from "./cpu-profile.mjs";
import { compareCpuTime } from "./cpu-time.mjs";
import { fetchText } from "./list-setup.mjs";
import { GET_STAGES, profileRows } from "./pipeline-stages.mjs";
import { formatUs } from "./report.mjs";

export async function benchGetProfile({ rounds, iterations, profileCalls: profiledCalls }, large, backupPath) {
  const { emulator } = large;
  const getUrl = `http://emulator.local${backupPath}`;
  const getOne = () => fetchText(emulator, getUrl);
  // V8 optimises after some thousands of calls: profile the steady state, as a test suite's long run sees it.
  for (let call = 0; call < 2000; call++) await getOne();
  const cpu = await compareCpuTime({ getOne }, { rounds, iterations });
  const profile = await profileCalls(getOne, profiledCalls);
  return {
    title: `4c. Where the time of one GET of a backup goes (100k store, in-process emulator.fetch)`,
    rows: [
      ["CPU time per call", formatUs(cpu.us.getOne)],
      [`profile of ${profiledCalls} calls`, `${profile.samples} busy samples; inclusive share by stage:`],
      ...profileRows(profile, GET_STAGES),
    ],
  };
}
