/**
 * `npm run bench`: prints the speed of the emulator through the real SDK and the size of the weapp
 * build against a bare Taro + React floor, each with its target. Timings are for reading, not for
 * asserting in tests (shared machines make timed assertions flaky).
 */
import tcb from '@cloudbase/node-sdk';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseSchema } from '../config/database';
import { startEmulator } from '../emulator/server';
import { root } from './functions';
import { inspectWeapp } from './weapp';

const DOCS = 20_000;
const SCHOOLS = 50;
const ROUNDS = 400;

interface Row {
  measure: string;
  median: string;
  p99: string;
  target: string;
  verdict: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

async function time(rounds: number, run: (i: number) => Promise<unknown>): Promise<{ median: number; p99: number }> {
  for (let i = 0; i < 20; i++) await run(i); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    await run(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p99: percentile(samples, 99) };
}

const ms = (n: number) => `${n.toFixed(2)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

function timed(measure: string, t: { median: number; p99: number }, targetMs?: number): Row {
  return {
    measure,
    median: ms(t.median),
    p99: ms(t.p99),
    target: targetMs === undefined ? '—' : `median ≤ ${targetMs} ms`,
    verdict: targetMs === undefined ? '' : t.median <= targetMs ? 'ok' : 'OVER',
  };
}

async function databaseRows(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'zz-bench-'));
  const schema = { ...databaseSchema, benchLeads: { indexes: [{ name: 'school_created', keys: { schoolId: 1 as const, createdAt: -1 as const } }] } };
  const emulator = await startEmulator({ dbFile: join(dir, 'bench.sqlite'), schema });
  process.env.TENCENTCLOUD = 'true';
  const db = tcb.init({ env: 'local', secretId: 'bench', secretKey: 'bench', serviceUrl: emulator.adminUrl }).database();
  try {
    const start = Date.UTC(2027, 3, 1);
    const ids: string[] = [];
    emulator.store.write(
      Array.from({ length: DOCS }, (_v, i) => {
        const id = `lead-${i}`;
        ids.push(id);
        const doc = { schoolId: `school-${i % SCHOOLS}`, status: ['new', 'contacted', 'visited'][i % 3], name: `学生${i}`, createdAt: new Date(start + i * 60_000) };
        return { collection: 'benchLeads', id, doc, insert: true };
      }),
    );
    const rows: Row[] = [];
    rows.push(timed(`doc(id).get() at ${DOCS / 1000}k docs`, await time(ROUNDS, (i) => db.collection('benchLeads').doc(ids[(i * 7919) % DOCS] ?? '').get()), 1));
    rows.push(
      timed(
        `indexed where+orderBy+limit(20) at ${DOCS / 1000}k`,
        await time(ROUNDS, (i) => db.collection('benchLeads').where({ schoolId: `school-${i % SCHOOLS}` }).orderBy('createdAt', 'desc').limit(20).get()),
        10,
      ),
    );
    rows.push(timed(`unindexed where+limit(20) at ${DOCS / 1000}k (for contrast)`, await time(20, (i) => db.collection('benchLeads').where({ name: `学生${(i * 997) % DOCS}` }).limit(20).get())));
    rows.push(
      timed(
        'insert inside a transaction',
        await time(200, (i) => db.runTransaction(async (tx: { collection(n: string): { add(d: object): Promise<unknown> } }) => tx.collection('benchLeads').add({ schoolId: 'school-x', name: `新${i}`, createdAt: new Date() }))),
      ),
    );
    return rows;
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function sizeRows(): Row[] {
  const product = inspectWeapp(join(root, 'dist', 'weapp'));
  if (product.problems.length) throw new Error(`build the weapp first (npm run build:weapp): ${product.problems.join('; ')}`);
  const floorDir = join(root, 'dist', 'floor-weapp');
  execFileSync('npx', ['taro', 'build', '--type', 'weapp'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, TARO_SOURCE_ROOT: 'bench/floor', TARO_OUTPUT_ROOT: 'dist/floor-weapp' },
  });
  const floor = inspectWeapp(floorDir);
  const budget = floor.mainPackageBytes * 1.4;
  const staffBytes = product.subpackageBytes.staff ?? 0;
  return [
    { measure: 'weapp floor (bare Taro + React page, zod, dayjs)', median: kb(floor.mainPackageBytes), p99: '', target: '—', verdict: '' },
    {
      measure: 'weapp main package',
      median: kb(product.mainPackageBytes),
      p99: `${(product.mainPackageBytes / floor.mainPackageBytes).toFixed(2)}× floor`,
      target: `≤ 1.4× floor (${kb(budget)})`,
      verdict: product.mainPackageBytes <= budget ? 'ok' : 'OVER',
    },
    { measure: 'weapp total (incl. subpackages)', median: kb(product.totalBytes), p99: `${(product.totalBytes / floor.totalBytes).toFixed(2)}× floor`, target: '—', verdict: '' },
    { measure: 'weapp staff subpackage', median: kb(staffBytes), p99: '', target: 'staff pages not in main', verdict: staffBytes > 0 ? 'ok' : 'MISSING' },
  ];
}

function printTable(rows: Row[]): void {
  const header: Row = { measure: 'measure', median: 'median / size', p99: 'p99 / ratio', target: 'target', verdict: '' };
  const cols = Object.keys(header) as Array<keyof Row>;
  const widths = cols.map((c) => Math.max(...[header, ...rows].map((r) => [...r[c]].length)));
  const line = (r: Row) => cols.map((c, i) => r[c].padEnd(widths[i] ?? 0)).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<void> {
  const rows = [...(await databaseRows()), ...sizeRows()];
  printTable(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
