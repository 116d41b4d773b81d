/**
 * Each deployed function's cold start, in fresh Node processes as CloudBase starts them: the time to
 * load the CloudBase SDK, and for each function (config/functions.ts) the time to initialise its own
 * bundled code once the SDK is loaded — held to ≤ 30 ms for the public reading path, ≤ 50 ms for the
 * others — beside the same with every one of its actions loaded (an action's module is evaluated on
 * its first call: the most a first call adds) and the whole shipped bundle, SDK included. And each
 * function's shipped size, with, for the functions a family's phone calls, whether the bundle holds
 * exceljs, spreadsheet code or another function's actions (scripts/bundle/function-bundles.ts).
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
import { cloudbaseLimits } from '../config/cloudbase-limits';
import { deployedFunctions, functionUnits, type FunctionUnit } from '../config/functions';
import { bundleOptions, minified } from './build-functions';
import { familyFacing, functionBundle, kilobytes, trespasses } from './bundle/function-bundles';
import { functionNames, functionsSource, root } from './functions';
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

/** The public reading path is small and hot; every other function keeps the earlier target. */
const ownCodeTargetMs = (unit: FunctionUnit) => (unit === 'public' ? 30 : 50);

export async function coldStartRows(): Promise<BenchRow[]> {
  const sdkFromModules = require.resolve('@cloudbase/node-sdk');
  // Inside the repository, so the bundles that leave the SDK out still find it in node_modules.
  const work = join(root, 'dist', 'cold-start');
  mkdirSync(work, { recursive: true });
  try {
    const sdkBundled = join(work, 'sdk.js');
    // in config/functions.ts's order: the public reading path first
    const names = functionUnits.filter((unit) => functionNames().includes(unit));
    const ownCode = (name: string) => join(work, 'own', name, 'index.js');
    const allActions = (name: string) => join(work, 'all', name, 'index.js');
    const shipped = (name: string) => join(work, 'shipped', name, 'index.js');
    const [bundles] = await Promise.all([
      Promise.all(names.map(functionBundle)),
      build({
        entryPoints: [sdkFromModules],
        bundle: true,
        platform: 'node',
        target: 'node18',
        format: 'cjs',
        ...minified,
        outfile: sdkBundled,
        logLevel: 'error',
      }),
      // each function's own code, built as shipped but with the SDK left out (loaded first)
      ...names.map((name) => build({ ...bundleOptions(name, ownCode(name), 'external'), logLevel: 'error' })),
      // …and again with every one of its actions loaded at once: the most a first call can add
      ...names.map((name) => {
        const { entryPoints: _entry, ...options } = bundleOptions(name, allActions(name), 'external');
        const requires = ['./index.ts', ...deployedFunctions[name].actions.map((a) => `./${a}/index.ts`)].map((m) => `require(${JSON.stringify(m)});`);
        return build({
          ...options,
          stdin: { contents: requires.join('\n'), resolveDir: join(functionsSource, name), sourcefile: 'all-actions.ts', loader: 'ts' },
          logLevel: 'error',
        });
      }),
      ...names.map((name) => build({ ...bundleOptions(name, shipped(name)), logLevel: 'error' })),
    ]);
    const [fromModules = Number.NaN, bundled = Number.NaN] = medians([[sdkFromModules], [sdkBundled]]);
    const own = medians(names.map((name) => [sdkFromModules, ownCode(name)]));
    const all = medians(names.map((name) => [sdkFromModules, allActions(name)]));
    // And the whole cold start of each bundle as shipped, SDK included.
    const whole = medians(
      names.map((name) => [shipped(name)]),
      3,
    );
    const clock = existsSync('/proc/thread-self/schedstat') ? 'CPU' : 'wall';
    const codeLimit = cloudbaseLimits.codeBytesPerFunction.max;
    const rows: BenchRow[] = [
      { measure: `cold start (${clock} ms): load the SDK from node_modules`, median: `${fromModules.toFixed(0)} ms`, p99: '', target: '—', verdict: '' },
      {
        measure: `cold start (${clock} ms): load the SDK bundled and minified`,
        median: `${bundled.toFixed(0)} ms`,
        p99: `${(bundled / fromModules).toFixed(2)}× node_modules`,
        target: 'the cheaper one ships',
        verdict: bundled < fromModules ? 'bundled is cheaper' : 'node_modules is cheaper',
      },
    ];
    names.forEach((name, i) => {
      const ms = own[i] ?? Number.NaN;
      const target = ownCodeTargetMs(name);
      const bundle = bundles[i];
      const actions = deployedFunctions[name].actions.length;
      rows.push({
        measure: `cold start (${clock} ms): ${name}'s own code (SDK loaded first)`,
        median: `${ms.toFixed(1)} ms`,
        p99: `all ${actions} actions loaded ${(all[i] ?? Number.NaN).toFixed(1)} ms; shipped, SDK included ${(whole[i] ?? Number.NaN).toFixed(0)} ms`,
        target: `median ≤ ${target} ms`,
        verdict: ms <= target ? 'ok' : 'OVER',
      });
      if (!bundle) return;
      const extra = trespasses(name, bundle, familyFacing.includes(name) ? 'forbidden' : 'allowed');
      const installs = Object.values(bundle.metafile.inputs).some((m) => m.imports.some((x) => x.path === 'exceljs'))
        ? ' (+ exceljs, installed by CloudBase)'
        : '';
      rows.push({
        measure: `bundle: ${name}/index.js as shipped${installs}`,
        median: `${bundle.bytes.toLocaleString('en-US')} B (${kilobytes(bundle.bytes)})`,
        p99: `own code ${kilobytes(bundle.ownBytes)}`,
        target: familyFacing.includes(name) ? 'no exceljs, sheet code or other functions’ actions' : `≤ ${codeLimit / 1024 / 1024} MB a function`,
        verdict: extra.length ? `OVER: ${extra.map((t) => t.chain.join(' → ')).join('; ')}` : bundle.bytes <= codeLimit ? 'ok' : 'OVER',
      });
    });
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
