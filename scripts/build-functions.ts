/**
 * Bundles each cloud function with esbuild into dist/cloudfunctions/<name>/: one minified index.js
 * and the package.json CloudBase installs from. The CloudBase SDK is bundled in: measured by
 * `npm run bench -- coldstart`, the bundled SDK loads in about 0.7 of the installed one's time
 * (which also costs every deployment an npm install). exceljs stays external (large, and only the
 * exports need it, on first use; an upload is read without it): a function's package.json lists
 * the externals its bundle actually loads, so only that function installs them. scripts/bundle/
 * holds how our sources and zod are read so that a function carries, and builds at load, only
 * what it uses.
 */
import { build, context, type BuildOptions } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rootPackage from '../package.json';
import { functionNames, functionsOutput, functionsSource, root } from './functions';
import { shakableSources } from './bundle/shakable-sources';
import { onlyChineseLocale } from './bundle/zh-cn-locale';

const external = ['exceljs'];

const watching = process.argv.includes('--watch');

/**
 * Minified but for names: kept, they cost a cold start nothing (the SDK even loads faster with
 * them) and name every function in a logged stack trace; esbuild's keepNames, which re-names each
 * function at run time, cost about 15% of a function's load (`npm run bench -- coldstart`).
 */
export const minified = { minifyWhitespace: true, minifySyntax: true } as const satisfies BuildOptions;

/** How a function is bundled; `sdk: 'external'` leaves the SDK out (the bench weighs it apart). */
export function bundleOptions(name: string, outfile: string, sdk: 'bundled' | 'external' = 'bundled'): BuildOptions {
  return {
    entryPoints: [join(functionsSource, name, 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    external: sdk === 'bundled' ? external : [...external, '@cloudbase/node-sdk'],
    plugins: [onlyChineseLocale, shakableSources(join(root, 'shared'))],
    ...minified,
    logLevel: 'warning',
  };
}

async function buildFunction(name: string): Promise<void> {
  const outdir = join(functionsOutput, name);
  mkdirSync(outdir, { recursive: true });
  const options = bundleOptions(name, join(outdir, 'index.js'));
  if (watching) await (await context(options)).watch();
  else await build(options);
  const bundle = readFileSync(join(outdir, 'index.js'), 'utf8');
  // an external is used if the bundle requires it, at load or on first use (a dynamic import)
  const used = external.filter((dep) => bundle.includes(`require("${dep}")`) || bundle.includes(`import("${dep}")`));
  const dependencies = Object.fromEntries(used.map((dep) => [dep, rootPackage.dependencies[dep as keyof typeof rootPackage.dependencies]]));
  writeFileSync(
    join(outdir, 'package.json'),
    `${JSON.stringify({ name, version: rootPackage.version, private: true, main: 'index.js', dependencies }, null, 2)}\n`,
  );
}

async function main(): Promise<void> {
  const names = functionNames();
  await Promise.all(names.map(buildFunction));
  console.log(`云函数已构建：${names.join(', ')} → dist/cloudfunctions/${watching ? '（监听修改中）' : ''}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
