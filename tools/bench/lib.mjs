// Small timing helpers for the benchmarks: medians, not means, and several rounds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PEAK_RSS = join(dirname(fileURLToPath(import.meta.url)), 'peak-rss.cjs');

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall time (ms) of a command run as its own process. */
export function timeProcess(cmd, args, { runs = 5, cwd, exitCodes = [0] } = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
    times.push(performance.now() - t0);
    if (!exitCodes.includes(r.status)) throw new Error(`Failed to run ${cmd} ${args.join(' ')}: ${r.stderr.slice(0, 500)}`);
  }
  return median(times);
}

/** Median wall times (ms) of several commands, each its own process, run in turns (A, B, A, B, ...). */
export function timeProcesses(commands, { runs = 3, cwd } = {}) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, [cmd, args]] of Object.entries(commands)) {
      const t0 = performance.now();
      const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
      times[name].push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`Failed to run ${cmd} ${args.join(' ')}: ${r.stderr.slice(0, 500)}`);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/**
 * Like timeProcesses for Node commands, with each one's peak resident set size (MB, the largest
 * of its runs, read by a preloaded exit hook). `timeoutMs` per run; a run past it fails the bench.
 */
export function timeNodeProcesses(commands, { runs = 3, cwd, timeoutMs = 600_000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hwc-bench-rss-'));
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const rss = Object.fromEntries(Object.keys(commands).map((k) => [k, 0]));
  for (let i = 0; i < runs; i++) {
    for (const [name, [cmd, args]] of Object.entries(commands)) {
      const file = join(dir, `${name}-${i}`);
      const env = {
        ...process.env,
        HWC_BENCH_RSS_FILE: file,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${PEAK_RSS}`.trim(),
      };
      const t0 = performance.now();
      const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 28 });
      times[name].push(performance.now() - t0);
      if (r.status !== 0)
        throw new Error(`Failed to run ${cmd} ${args.join(' ')}: ${r.error?.message ?? ''} ${r.stderr.slice(0, 500)}`);
      rss[name] = Math.max(rss[name], ...readFileSync(file, 'utf8').trim().split('\n').map(Number));
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return Object.fromEntries(Object.keys(commands).map((k) => [k, { ms: median(times[k]), rssMB: rss[k] / 1024 }]));
}

/** Operations per second of an async function, median of rounds (hyperjump validates asynchronously). */
export async function throughputAsync(fn, { rounds = 5, minMs = 300 } = {}) {
  const rates = [];
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    while (t - t0 < minMs) {
      for (let i = 0; i < 50; i++) await fn();
      n += 50;
      t = performance.now();
    }
    rates.push((n * 1000) / (t - t0));
  }
  return median(rates);
}

export function printTable(rows, headers = ['benchmark', 'ours', 'peer', 'ratio', 'target', 'met']) {
  const cells = rows.map((r) => [r.name, r.ours, r.peer, r.ratio, r.target, r.met ? 'yes' : 'NO']);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) => `| ${c.map((x, i) => String(x).padEnd(widths[i])).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}

/**
 * Operations per second of several synchronous functions, measured in interleaved rounds
 * (A, B, C, A, B, C, ...) so that drift and JIT warm-up hit each one alike; medians.
 */
export function throughputInterleaved(fns, { rounds = 9, minMs = 200, batch = 200 } = {}) {
  const rates = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(fns)) {
      let n = 0;
      const t0 = performance.now();
      let t = t0;
      while (t - t0 < minMs) {
        for (let i = 0; i < batch; i++) fn();
        n += batch;
        t = performance.now();
      }
      if (r > 0) rates[name].push((n * 1000) / (t - t0));
    }
  }
  return Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, median(v)]));
}
