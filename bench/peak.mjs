// Loaded with `node --import` into a measured process: records its peak memory and its CPU time
// (all threads) when it exits.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (process.env.CAG_PEAK_FILE) {
    const u = process.resourceUsage();
    writeFileSync(
      process.env.CAG_PEAK_FILE,
      JSON.stringify({ maxRssKiB: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }),
    );
  }
});
