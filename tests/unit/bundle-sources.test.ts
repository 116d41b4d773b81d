import { build, type Plugin } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rewrite, shakableSources } from '../../scripts/bundle/shakable-sources';
import { root } from '../../scripts/functions';

/** How the functions' bundles read our sources (scripts/bundle/shakable-sources.ts, issue 13). */
test('`import { z } from "zod"` is read as a namespace import; type-only and other imports are left alone', () => {
  expect(rewrite(`import { z } from 'zod';\nexport const n = 1;\n`, '/p/cloudfunctions/a.ts', false)).toBe(`import * as z from 'zod';\nexport const n = 1;\n`);
  expect(rewrite(`import { z, ZodError } from 'zod';\n`, '/p/a.ts', false)).toBe(`import * as z from 'zod'; import { ZodError } from 'zod';\n`);
  for (const kept of [`import type { z } from 'zod';\n`, `import { z } from './zod';\n`, `import { ZodError } from 'zod';\n`])
    expect(rewrite(kept, '/p/a.ts', false)).toBe(kept);
});

test('in shared/, a computed top-level constant is built by a pure call in its place; literals, functions and statements are left alone', () => {
  const source = [
    `export const idSchema = z.string().min(1);`,
    `export const labels: Record<string, string> = { a: '甲' };`,
    `const LIMIT = 20;`,
    `export const line = () => z.string();`,
    `export function inner() { const s = z.string(); return s; }`,
    `z.config(z.locales.zhCN());`,
  ].join('\n');
  expect(rewrite(source, '/p/shared/a.ts', true).split('\n')).toEqual([
    `export const idSchema = /* @__PURE__ */ (() => (z.string().min(1)))();`,
    `export const labels: Record<string, string> = /* @__PURE__ */ (() => ({ a: '甲' }))();`,
    `const LIMIT = 20;`,
    `export const line = () => z.string();`,
    `export function inner() { const s = z.string(); return s; }`,
    `z.config(z.locales.zhCN());`,
  ]);
  expect(rewrite(source, '/p/cloudfunctions/a.ts', false)).toBe(source);
});

test('a bundle keeps the schemas its code names, and of zod only what they use', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shakable-'));
  try {
    mkdirSync(join(dir, 'shared'));
    writeFileSync(
      join(dir, 'shared', 'records.ts'),
      `import { z } from 'zod';\nexport const usedSchema = z.object({ name: z.string().min(1) });\nexport const unusedSchema = z.object({ mail: z.email().describe('UNUSED-MARK') });\n`,
    );
    writeFileSync(join(dir, 'main.ts'), `import { usedSchema } from './shared/records';\nexport const main = (x: unknown) => usedSchema.parse(x);\n`);
    const bundled = async (plugins: Plugin[]) =>
      (
        await build({
          entryPoints: [join(dir, 'main.ts')],
          bundle: true,
          platform: 'node',
          format: 'cjs',
          write: false,
          nodePaths: [join(root, 'node_modules')],
          plugins,
          logLevel: 'silent',
        })
      ).outputFiles[0]?.text ?? '';
    const [bundle, plain] = await Promise.all([bundled([shakableSources(join(dir, 'shared'))]), bundled([])]);
    expect(bundle).toContain('usedSchema');
    expect(bundle).not.toContain('UNUSED-MARK');
    expect(plain).toContain('UNUSED-MARK');
    // all of zod's namespace without the rewrite; its object, string and parse with it
    expect(bundle.length).toBeLessThan(plain.length / 2);
    const { main } = evaluate(bundle) as { main: (x: unknown) => unknown };
    expect(main({ name: '甲' })).toEqual({ name: '甲' });
    expect(() => main({ name: '' })).toThrow();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Runs a CommonJS bundle and answers its exports. */
function evaluate(bundle: string): unknown {
  const module = { exports: {} };
  new Function('module', 'exports', 'require', bundle)(module, module.exports, require);
  return module.exports;
}
