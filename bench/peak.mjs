// Loaded with `node --import` into a measured process: records its peak memory when it exits.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (process.env.CAG_PEAK_FILE) {
    writeFileSync(process.env.CAG_PEAK_FILE, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }));
  }
});
