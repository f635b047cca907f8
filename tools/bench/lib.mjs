// Small timing helpers for the benchmarks: medians, not means, and several rounds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

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
  printGrid(
    headers,
    rows.map((r) => [r.name, r.ours, r.peer, r.ratio, r.target, r.met ? 'yes' : 'NO']),
  );
}

/** A markdown table of cells (arrays, one per row) under `headers`. */
export function printGrid(headers, cells) {
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

/** The q-quantile (0..1) of numbers, by linear interpolation between the nearest ranks. */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
}

/**
 * Per-call latency of async contenders on a shared, loaded machine. Every round calls each one
 * `calls` times, interleaved call by call in a rotating order (A B C, B C A, C A B, ...), so
 * load from other processes, timer and GC pauses, and clock drift hit all of them alike; each
 * contender's median call in a round is that round's figure. The first round warms up and is
 * dropped. Returns per contender the median of its round figures (ms), and `ratio(a, b)`: the
 * median of the per-round ratios a/b with their interquartile range, over `rounds - 1` rounds
 * (`stat(of)` the same for any per-round figure).
 */
export async function latencyInterleaved(fns, { rounds = 41, calls = 40 } = {}) {
  const names = Object.keys(fns);
  const perRound = Object.fromEntries(names.map((n) => [n, []]));
  const one = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (const n of names) one[n].length = 0;
    for (let i = 0; i < calls; i++) {
      for (let j = 0; j < names.length; j++) {
        const name = names[(i + j + r) % names.length];
        const fn = fns[name];
        const t0 = performance.now();
        await fn();
        one[name].push(performance.now() - t0);
      }
    }
    if (r > 0) for (const n of names) perRound[n].push(median(one[n]));
  }
  const stat = (of) => {
    const xs = perRound[names[0]].map((_, i) => of(Object.fromEntries(names.map((n) => [n, perRound[n][i]]))));
    return { median: quantile(xs, 0.5), q1: quantile(xs, 0.25), q3: quantile(xs, 0.75) };
  };
  return {
    ms: Object.fromEntries(names.map((n) => [n, median(perRound[n])])),
    rounds: rounds - 1,
    /** Any figure computed per round from that round's times (ms by name): its median and IQR. */
    stat,
    ratio: (a, b) => stat((t) => t[a] / t[b]),
  };
}

/** `1.08x (IQR 1.05–1.11)`: a ratio from latencyInterleaved with its spread over rounds. */
export function formatRatio({ median: m, q1, q3 }, digits = 2) {
  return `${m.toFixed(digits)}x (IQR ${q1.toFixed(digits)}–${q3.toFixed(digits)})`;
}

/**
 * A minified ESM bundle for browsers, nothing excluded, in memory: raw and gzip -9 sizes in bytes.
 * `entry`: esbuild's entryPoints or stdin.
 */
export async function bundle(entry, { plugins = [], absWorkingDir = process.cwd() } = {}) {
  const out = await build({
    ...entry,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    absWorkingDir,
    logLevel: 'silent',
    plugins,
  });
  const bytes = out.outputFiles[0].contents;
  return { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
}
