/**
 * Bundles each cloud function with esbuild into dist/cloudfunctions/<name>/: one minified index.js
 * and the package.json CloudBase installs from. The CloudBase SDK is bundled in: measured by
 * `npm run bench -- coldstart`, the bundled, minified SDK loads in about half the time of the
 * installed one (which also costs every deployment an npm install). exceljs stays external (large,
 * and only the import needs it, on first use): a function's package.json lists the externals its
 * bundle actually loads, so only that function installs them.
 */
import { build, context, type BuildOptions, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rootPackage from '../package.json';
import { functionNames, functionsOutput, functionsSource } from './functions';

const external = ['exceljs'];

const watching = process.argv.includes('--watch');

/**
 * zod's `z` namespace re-exports all 64 of its locales (about 360 KB of a function's 800), which no
 * bundler can drop from a namespace object. Functions speak only Chinese (shared/zod-locale.ts
 * calls `z.locales.zhCN()`), so the locales module is replaced by one that holds only that one.
 */
const onlyChineseLocale: Plugin = {
  name: 'zod-only-zh-cn-locale',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zh-cn-only', pluginData: args.resolveDir } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zh-cn-only' }, (args) => ({
      contents: `export { default as zhCN } from '../locales/zh-CN.js';`,
      resolveDir: args.pluginData as string,
      loader: 'js',
    }));
  },
};

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
    plugins: [onlyChineseLocale],
    // Minified and with names kept: a cold start parses less, and log lines still name functions.
    minify: true,
    keepNames: true,
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
  writeFileSync(join(outdir, 'package.json'), `${JSON.stringify({ name, version: rootPackage.version, private: true, main: 'index.js', dependencies }, null, 2)}\n`);
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
