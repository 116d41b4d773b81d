/**
 * Bundles each cloud function with esbuild into dist/cloudfunctions/<name>/: an index.js and the
 * package.json CloudBase installs from. The SDK stays external (CloudBase provides it), and so does
 * exceljs (large, and only the import needs it): a function's package.json lists the externals its
 * bundle actually requires, so only that function installs them.
 */
import { build, context, type BuildOptions } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rootPackage from '../package.json';
import { functionNames, functionsOutput, functionsSource } from './functions';

const external = ['@cloudbase/node-sdk', 'exceljs'];

const watching = process.argv.includes('--watch');

async function buildFunction(name: string): Promise<void> {
  const outdir = join(functionsOutput, name);
  mkdirSync(outdir, { recursive: true });
  const options: BuildOptions = {
    entryPoints: [join(functionsSource, name, 'index.ts')],
    outfile: join(outdir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    external,
    logLevel: 'warning',
  };
  if (watching) await (await context(options)).watch();
  else await build(options);
  const bundle = readFileSync(join(outdir, 'index.js'), 'utf8');
  const used = external.filter((dep) => dep === '@cloudbase/node-sdk' || bundle.includes(`require("${dep}")`));
  const dependencies = Object.fromEntries(used.map((dep) => [dep, rootPackage.dependencies[dep as keyof typeof rootPackage.dependencies]]));
  writeFileSync(join(outdir, 'package.json'), `${JSON.stringify({ name, version: rootPackage.version, private: true, main: 'index.js', dependencies }, null, 2)}\n`);
}

async function main(): Promise<void> {
  const names = functionNames();
  await Promise.all(names.map(buildFunction));
  console.log(`云函数已构建：${names.join(', ')} → dist/cloudfunctions/${watching ? '（监听修改中）' : ''}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
