// Preloaded into a benchmarked `vnkg` process: at exit, writes to the file named by
// VNKG_BENCH_RSS_FILE its peak resident memory (KiB, all threads included) and how long its main
// thread was busy (ms: event-loop time not spent waiting), as JSON.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const file = process.env.VNKG_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const { active } = performance.eventLoopUtilization();
    writeFileSync(file, JSON.stringify({ maxRssKib: process.resourceUsage().maxRSS, mainBusyMs: active }));
  });
}
