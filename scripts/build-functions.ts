/**
 * Bundles each cloud function with esbuild into dist/cloudfunctions/<name>/: an index.js and the
 * package.json CloudBase installs from (only the SDK stays external; it is what CloudBase provides).
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rootPackage from '../package.json';
import { functionNames, functionsOutput, functionsSource } from './functions';

const external = ['@cloudbase/node-sdk'];

async function buildFunction(name: string): Promise<void> {
  const outdir = join(functionsOutput, name);
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [join(functionsSource, name, 'index.ts')],
    outfile: join(outdir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external,
    logLevel: 'warning',
  });
  const dependencies = Object.fromEntries(external.map((dep) => [dep, rootPackage.dependencies[dep as keyof typeof rootPackage.dependencies]]));
  writeFileSync(join(outdir, 'package.json'), `${JSON.stringify({ name, version: rootPackage.version, private: true, main: 'index.js', dependencies }, null, 2)}\n`);
}

async function main(): Promise<void> {
  const names = functionNames();
  await Promise.all(names.map(buildFunction));
  console.log(`云函数已构建：${names.join(', ')} → dist/cloudfunctions/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
