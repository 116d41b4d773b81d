/**
 * `npm start`: builds the cloud functions and the H5 app unless the build in dist/ is already of
 * the current sources, then serves the product (emulator/main.ts). Each build leaves a stamp beside
 * its output (`dist/<build>/.build-stamp`): a hash of the contents of every input it is made from,
 * and the environment variables that change it. A build is reused when its stamp matches; a build
 * that fails or is interrupted leaves no stamp, and is made again. Contents, not times: a fresh
 * clone or checkout gives every file a new time and changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from './functions';

interface Build {
  name: string;
  /** npm script that makes it */
  script: string;
  output: string;
  /** files and folders (under root) its output is made from */
  inputs: string[];
  /** environment variables that change its output */
  env: (name: string) => boolean;
}

/** Inputs of every build: the dependencies and the compiler settings. */
const common = ['package.json', 'package-lock.json', 'tsconfig.json', 'babel.config.js', 'scripts/start.ts'];

const builds: Build[] = [
  {
    name: '云函数',
    script: 'build:functions',
    output: join(root, 'dist', 'cloudfunctions'),
    inputs: [...common, 'cloudfunctions', 'shared', 'config', 'scripts/build-functions.ts', 'scripts/functions.ts', 'scripts/bundle'],
    env: () => false,
  },
  {
    name: 'H5',
    script: 'build:h5',
    output: join(root, 'dist', 'h5'),
    inputs: [...common, 'client', 'shared', 'config', 'types', 'project.config.json', '.env', '.env.production', '.env.development', '.env.local'],
    // Taro reads TARO_APP_* into the app, NODE_ENV picks the config
    env: (name) => name.startsWith('TARO_') || name === 'NODE_ENV',
  },
];

const STAMP = '.build-stamp';
const skipped = new Set(['node_modules', 'dist', '.git', '.data', 'artifacts']);

/** Every file under `path` (relative to root), in a stable order. */
function filesUnder(path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .filter((e) => !skipped.has(e.name) && e.name !== '.DS_Store')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => filesUnder(relative(root, join(full, e.name))));
}

/** The hash of a build's inputs: each file's path and contents, and the environment that changes it. */
function stampOf(build: Build): string {
  const hash = createHash('sha256');
  for (const file of [...new Set(build.inputs.flatMap(filesUnder))].sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  for (const name of Object.keys(process.env).filter(build.env).sort()) hash.update(`env ${name}=${process.env[name] ?? ''}\0`);
  return hash.digest('hex');
}

function storedStamp(build: Build): string | undefined {
  try {
    return readFileSync(join(build.output, STAMP), 'utf8').trim();
  } catch {
    return undefined;
  }
}

function main(): void {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  for (const build of builds) {
    const stamp = stampOf(build);
    if (storedStamp(build) === stamp) {
      console.log(`${build.name}：源码未变，沿用已有的构建（${relative(root, build.output)}/）。`);
      continue;
    }
    console.log(`${build.name}：构建中…`);
    const started = Date.now();
    // no stamp while building: an interrupted build is never taken for a finished one
    rmSync(join(build.output, STAMP), { force: true });
    const result = spawnSync(npm, ['run', '--silent', build.script], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`${build.name}构建失败（npm run ${build.script}）。`);
      process.exit(result.status ?? 1);
    }
    // sources edited during the build: what was built is not known, so no stamp (the next start builds)
    if (stampOf(build) === stamp) writeFileSync(join(build.output, STAMP), `${stamp}\n`);
    console.log(`${build.name}：已构建（${((Date.now() - started) / 1000).toFixed(0)} 秒）。`);
  }
  // the product itself, in this process (it stops on Ctrl-C)
  require('../emulator/main');
}

main();
