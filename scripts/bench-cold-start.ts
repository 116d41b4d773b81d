/**
 * A function's cold start, in fresh Node processes as CloudBase starts them: the time to load the
 * CloudBase SDK, and the time to initialise the function's own bundled code once the SDK is loaded.
 * It also weighs the two ways of shipping the SDK: installed from node_modules (CloudBase runs
 * `npm install` from the function's package.json) or bundled and minified into the function.
 *
 * Every bundle is built first, from the current sources and with the shipped options, and only
 * then timed: a build running beside a measurement would slow it. Each time is the loading
 * thread's own CPU time (see requireTimes), and the rounds go through all the functions in turn, so
 * a burst of load elsewhere on the machine falls on many functions once rather than on one many times.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions, minified } from './build-functions';
import { functionNames, root } from './functions';
import type { BenchRow } from './bench-row';

const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * Milliseconds to require each module in turn, in one fresh process: the time the process's own
 * thread spent on a CPU (Linux's schedstat), not the wall clock, which on a busy machine also
 * counts the time spent waiting for a CPU other processes hold. Elsewhere, the wall clock.
 */
function requireTimes(modules: string[]): number[] {
  const script = `const { existsSync, readFileSync } = require('node:fs');
    const stat = '/proc/thread-self/schedstat';
    const now = existsSync(stat) ? () => Number(readFileSync(stat, 'utf8').split(' ')[0]) / 1e6 : () => Number(process.hrtime.bigint()) / 1e6;
    const out = [];
    for (const m of ${JSON.stringify(modules)}) { const t = now(); require(m); out.push(now() - t); }
    console.log(JSON.stringify(out));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { env: { ...process.env, TENCENTCLOUD: 'true' } }).toString()) as number[];
}

/** The median of `runs` timings of the last module of each list, the lists taken in turn each round. */
function medians(lists: string[][], runs = RUNS): number[] {
  const samples = lists.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) lists.forEach((modules, i) => samples[i]?.push(requireTimes(modules).at(-1) ?? Number.NaN));
  return samples.map(median);
}

export async function coldStartRows(): Promise<BenchRow[]> {
  const sdkFromModules = require.resolve('@cloudbase/node-sdk');
  // Inside the repository, so the bundles that leave the SDK out still find it in node_modules.
  const work = join(root, 'dist', 'cold-start');
  mkdirSync(work, { recursive: true });
  try {
    const sdkBundled = join(work, 'sdk.js');
    const names = functionNames();
    const ownCode = (name: string) => join(work, 'own', name, 'index.js');
    const shipped = (name: string) => join(work, 'shipped', name, 'index.js');
    await Promise.all([
      build({ entryPoints: [sdkFromModules], bundle: true, platform: 'node', target: 'node18', format: 'cjs', ...minified, outfile: sdkBundled, logLevel: 'error' }),
      // each function's own code, built as shipped but with the SDK left out (loaded first)
      ...names.map((name) => build({ ...bundleOptions(name, ownCode(name), 'external'), logLevel: 'error' })),
      ...names.map((name) => build({ ...bundleOptions(name, shipped(name)), logLevel: 'error' })),
    ]);
    const [fromModules = Number.NaN, bundled = Number.NaN] = medians([[sdkFromModules], [sdkBundled]]);
    const own = medians(names.map((name) => [sdkFromModules, ownCode(name)]))
      .map((ms, i) => ({ name: names[i] ?? '', ms }))
      .sort((a, b) => a.ms - b.ms);
    // And the whole cold start of the bundle as shipped, SDK included (a median over the functions).
    const whole = median(medians(names.map((name) => [shipped(name)]), 3));
    const clock = existsSync('/proc/thread-self/schedstat') ? 'CPU' : 'wall';
    const slowest = own[own.length - 1];
    const typical = own[Math.floor(own.length / 2)];
    return [
      { measure: `cold start (${clock} ms): load the SDK from node_modules`, median: `${fromModules.toFixed(0)} ms`, p99: '', target: '—', verdict: '' },
      {
        measure: `cold start (${clock} ms): load the SDK bundled and minified`,
        median: `${bundled.toFixed(0)} ms`,
        p99: `${(bundled / fromModules).toFixed(2)}× node_modules`,
        target: 'the cheaper one ships',
        verdict: bundled < fromModules ? 'bundled is cheaper' : 'node_modules is cheaper',
      },
      {
        measure: `cold start (${clock} ms): a function's own code (${own.length} functions)`,
        median: `${typical?.ms.toFixed(1)} ms`,
        p99: `slowest ${slowest?.name} ${slowest?.ms.toFixed(1)} ms`,
        target: 'each ≤ 50 ms',
        verdict: own.every((f) => f.ms <= 50) ? 'ok' : 'OVER',
      },
      { measure: `cold start (${clock} ms): a shipped bundle, SDK included (median of functions)`, median: `${whole.toFixed(0)} ms`, p99: '', target: '—', verdict: '' },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
