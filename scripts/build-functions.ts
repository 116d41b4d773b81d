/**
 * Bundles each cloud function with esbuild into dist/cloudfunctions/<name>/: an index.js and the
 * package.json CloudBase installs from (only the SDK stays external; it is what CloudBase provides).
 */
import { build, context, type BuildOptions } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rootPackage from '../package.json';
import { functionNames, functionsOutput, functionsSource } from './functions';

const external = ['@cloudbase/node-sdk'];

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
  const dependencies = Object.fromEntries(external.map((dep) => [dep, rootPackage.dependencies[dep as keyof typeof rootPackage.dependencies]]));
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
