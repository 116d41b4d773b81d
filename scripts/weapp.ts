import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'acorn';
import * as ci from 'miniprogram-ci';

/**
 * A built WeChat mini-program as WeChat's own compiler sees it (`miniprogram-ci`, the compile module
 * of WeChat devtools, run offline): its compile errors, the sizes of the package it would upload,
 * and WeChat's limits for them (the tool's own defaults).
 */
export interface WeappReport {
  problems: string[];
  mainPackageBytes: number;
  totalBytes: number;
  subpackageBytes: Record<string, number>;
  limits: { mainPackageBytes: number; subpackageBytes: number; totalBytes: number };
}

interface AppJson {
  subPackages?: Array<{ root: string }>;
  subpackages?: Array<{ root: string }>;
}

const MB = 1024 * 1024;

/** WeChat's limits, in bytes, from the compiler's defaults (the console may grant more, never less). */
function limitsOf(setting: Record<string, unknown>): WeappReport['limits'] {
  const mb = (key: string, fallback: number) => (typeof setting[key] === 'number' ? (setting[key] as number) : fallback) * MB;
  return { mainPackageBytes: mb('MaxCodeSize', 2), subpackageBytes: mb('MaxSubpackageSubCodeSize', 2), totalBytes: mb('MaxSubpackageFullCodeSize', 20) };
}

/**
 * project.config.json turns WeChat's own ES6→ES5 step off (`es6: false`): Taro already compiles the
 * app, shared/ and zod (which ships ES2020) to ES5 for old WeChat runtimes, so a second pass would
 * only cost build time. That choice holds only while every script really is ES5 — checked here.
 */
function es5Problems(files: Record<string, string | Buffer>): string[] {
  return Object.entries(files)
    .filter(([path]) => path.endsWith('.js'))
    .flatMap(([path, content]) => {
      try {
        parse(content.toString(), { ecmaVersion: 5, sourceType: 'script' });
        return [];
      } catch (error) {
        return [`${path} is not ES5 (${(error as Error).message}); project.config.json has es6: false, so old WeChat runtimes would fail on it`];
      }
    });
}

function sizesOf(files: Record<string, string | Buffer>, subpackageRoots: string[]) {
  // keyed by the root without its trailing slash (app.json may write either)
  const roots = subpackageRoots.map((r) => r.replace(/\/$/, ''));
  const subpackageBytes: Record<string, number> = Object.fromEntries(roots.map((root) => [root, 0]));
  let totalBytes = 0;
  for (const [path, content] of Object.entries(files)) {
    const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    totalBytes += bytes;
    const root = roots.find((r) => path.replace(/^\.\//, '').startsWith(`${r}/`));
    if (root !== undefined) subpackageBytes[root] = (subpackageBytes[root] ?? 0) + bytes;
  }
  const mainPackageBytes = totalBytes - Object.values(subpackageBytes).reduce((n, b) => n + b, 0);
  return { mainPackageBytes, totalBytes, subpackageBytes };
}

/**
 * Compiles `dir` with WeChat's compiler and the settings of its project.config.json, offline: the
 * project's attributes, which an upload fetches from WeChat, are the tool's defaults. The compiler
 * leaves helper processes running, so a script that calls this must exit explicitly.
 */
export async function compileWeapp(dir: string): Promise<WeappReport> {
  const limits = limitsOf(ci.DefaultProjectAttr.setting as Record<string, unknown>);
  const empty = { mainPackageBytes: 0, totalBytes: 0, subpackageBytes: {}, limits };
  if (!existsSync(join(dir, 'app.json'))) return { ...empty, problems: [`${dir}/app.json is missing: run npm run build:weapp`] };
  const work = mkdtempSync(join(tmpdir(), 'weapp-check-'));
  try {
    // An upload signs with the app's key; compiling needs only a well-formed one.
    const keyPath = join(work, 'private.key');
    writeFileSync(keyPath, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }));
    const appid = (JSON.parse(readFileSync(join(dir, 'project.config.json'), 'utf8')) as { appid?: string }).appid ?? 'touristappid';
    const project = new ci.Project({ appid, type: 'miniProgram', projectPath: dir, privateKeyPath: keyPath, ignores: ['node_modules/**/*'] });
    project.attr = async () => ({ ...ci.DefaultProjectAttr });
    let files: Record<string, string | Buffer>;
    try {
      files = await ci.getCompiledResult(
        { project, version: '0.0.0', setting: { useProjectConfig: true }, onProgressUpdate: () => undefined },
        join(work, 'package.zip'),
      );
    } catch (error) {
      const { code, message } = error as { code?: number | string; message?: string };
      return { ...empty, problems: [`WeChat's compiler refused the app (${code ?? 'no code'}): ${message ?? String(error)}`] };
    }
    const app = JSON.parse(files['app.json']?.toString() ?? '{}') as AppJson;
    const roots = [...(app.subPackages ?? []), ...(app.subpackages ?? [])].map((s) => s.root);
    const sizes = sizesOf(files, roots);
    const problems = es5Problems(files);
    const mb = (n: number) => `${(n / MB).toFixed(2)} MB`;
    if (sizes.mainPackageBytes > limits.mainPackageBytes)
      problems.push(`main package ${mb(sizes.mainPackageBytes)} is over WeChat's ${mb(limits.mainPackageBytes)}`);
    for (const [root, bytes] of Object.entries(sizes.subpackageBytes)) {
      if (bytes > limits.subpackageBytes) problems.push(`subpackage ${root} ${mb(bytes)} is over WeChat's ${mb(limits.subpackageBytes)}`);
    }
    if (sizes.totalBytes > limits.totalBytes) problems.push(`all packages ${mb(sizes.totalBytes)} are over WeChat's ${mb(limits.totalBytes)}`);
    return { problems, ...sizes, limits };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The repository's project.config.json must point WeChat devtools at the built app and functions. */
export function inspectProjectConfig(root: string, functionNames: string[]): string[] {
  const problems: string[] = [];
  const config = JSON.parse(readFileSync(join(root, 'project.config.json'), 'utf8')) as { miniprogramRoot?: string; cloudfunctionRoot?: string };
  if (!config.miniprogramRoot || !existsSync(join(root, config.miniprogramRoot, 'app.json'))) problems.push('miniprogramRoot does not point at a built app');
  if (!config.cloudfunctionRoot) problems.push('cloudfunctionRoot is missing');
  else {
    for (const name of functionNames) {
      for (const file of ['index.js', 'package.json']) {
        if (!existsSync(join(root, config.cloudfunctionRoot, name, file))) problems.push(`function ${name} has no ${file} under cloudfunctionRoot`);
      }
    }
  }
  return problems;
}
