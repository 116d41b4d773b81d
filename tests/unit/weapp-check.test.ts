import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root } from '../../scripts/functions';

/** `npm run check:weapp` runs WeChat's own compiler (miniprogram-ci) and fails with its message. */
const built = join(root, 'dist', 'weapp');
const work = mkdtempSync(join(tmpdir(), 'weapp-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyOfBuild(name: string): string {
  const dir = join(work, name);
  cpSync(built, dir, { recursive: true });
  return dir;
}

async function check(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', 'scripts/check-weapp.ts', dir], { cwd: root });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

beforeAll(() => {
  if (!existsSync(join(built, 'app.json'))) throw new Error('build the weapp first (npm run build:weapp)');
});

test("a page listed in app.json with no files fails the check with WeChat's compile error", async () => {
  const dir = copyOfBuild('ghost-page');
  const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as { pages: string[] };
  app.pages.push('pages/ghost/index');
  writeFileSync(join(dir, 'app.json'), JSON.stringify(app));
  const { code, output } = await check(dir);
  expect(code).toBe(1);
  expect(output).toMatch(/WeChat's compiler refused the app \(10005\).*pages\/ghost\/index/);
}, 60_000);

test('a script newer than ES5 fails the check, since project.config.json leaves ES6→ES5 off', async () => {
  const dir = copyOfBuild('es2015');
  appendFileSync(join(dir, 'comp.js'), '\nconst late = () => 1;\n');
  const { code, output } = await check(dir);
  expect(code).toBe(1);
  expect(output).toMatch(/comp\.js is not ES5/);
  expect(output).toMatch(/main package \d+\.\d KB/);
}, 60_000);
