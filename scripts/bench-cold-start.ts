/**
 * A function's cold start, in fresh Node processes as CloudBase starts them: the time to load the
 * CloudBase SDK, and the time to initialise the function's own bundled code once the SDK is loaded.
 * It also weighs the two ways of shipping the SDK: installed from node_modules (CloudBase runs
 * `npm install` from the function's package.json) or bundled and minified into the function.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions } from './build-functions';
import { functionNames, functionsOutput, root } from './functions';
import type { BenchRow } from './bench-row';

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Milliseconds to require each module in turn, in one fresh process. */
function requireTimes(modules: string[]): number[] {
  const script = `const out = []; for (const m of ${JSON.stringify(modules)}) { const t = process.hrtime.bigint(); require(m); out.push(Number(process.hrtime.bigint() - t) / 1e6); } console.log(JSON.stringify(out));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { env: { ...process.env, TENCENTCLOUD: 'true' } }).toString()) as number[];
}

export async function coldStartRows(): Promise<BenchRow[]> {
  const sdkFromModules = require.resolve('@cloudbase/node-sdk');
  // Inside the repository, so the bundles that leave the SDK out still find it in node_modules.
  const work = join(root, 'dist', 'cold-start');
  mkdirSync(work, { recursive: true });
  try {
    const sdkBundled = join(work, 'sdk.js');
    await build({ entryPoints: [sdkFromModules], bundle: true, platform: 'node', target: 'node18', format: 'cjs', minify: true, outfile: sdkBundled, logLevel: 'error' });
    const fromModules = median(Array.from({ length: RUNS }, () => requireTimes([sdkFromModules])[0] ?? Number.NaN));
    const bundled = median(Array.from({ length: RUNS }, () => requireTimes([sdkBundled])[0] ?? Number.NaN));
    // Each function's own code, built as shipped but with the SDK left out and loaded first.
    const own = await Promise.all(
      functionNames().map(async (name) => {
        const outfile = join(work, name, 'index.js');
        await build({ ...bundleOptions(name, outfile, 'external'), logLevel: 'error' });
        return { name, ms: median(Array.from({ length: RUNS }, () => requireTimes([sdkFromModules, outfile])[1] ?? Number.NaN)) };
      }),
    );
    // And the whole cold start of the bundle as shipped (dist/cloudfunctions), SDK included.
    const whole = median(functionNames().map((name) => median(Array.from({ length: 3 }, () => requireTimes([join(functionsOutput, name, 'index.js')])[0] ?? Number.NaN))));
    own.sort((a, b) => a.ms - b.ms);
    const slowest = own[own.length - 1];
    const typical = own[Math.floor(own.length / 2)];
    return [
      { measure: 'cold start: load the SDK from node_modules', median: `${fromModules.toFixed(0)} ms`, p99: '', target: '—', verdict: '' },
      {
        measure: 'cold start: load the SDK bundled and minified',
        median: `${bundled.toFixed(0)} ms`,
        p99: `${(bundled / fromModules).toFixed(2)}× node_modules`,
        target: 'the cheaper one ships',
        verdict: bundled < fromModules ? 'bundled is cheaper' : 'node_modules is cheaper',
      },
      {
        measure: `cold start: a function's own code (${own.length} functions)`,
        median: `${typical?.ms.toFixed(1)} ms`,
        p99: `slowest ${slowest?.name} ${slowest?.ms.toFixed(1)} ms`,
        target: 'each ≤ 50 ms',
        verdict: own.every((f) => f.ms <= 50) ? 'ok' : 'OVER',
      },
      { measure: 'cold start: a shipped bundle, SDK included (median of functions)', median: `${whole.toFixed(0)} ms`, p99: '', target: '—', verdict: '' },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
