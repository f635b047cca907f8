// Preloaded (NODE_OPTIONS=--require) into a timed process: writes its peak resident set size
// (kB, all threads) to HWC_BENCH_RSS_FILE when it exits, so the bench can state memory.
const { appendFileSync } = require('node:fs');
const file = process.env.HWC_BENCH_RSS_FILE;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
