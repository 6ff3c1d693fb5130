// Preloaded into a benchmarked `vnkg` process: at exit, writes its peak resident memory (KiB,
// all threads included) to the file named by VNKG_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.VNKG_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
