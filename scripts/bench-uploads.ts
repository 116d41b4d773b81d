/**
 * Spreadsheets read from an upload (cloudfunctions/_kit/platform/spreadsheet-read.ts), for each action that
 * reads one: the largest file it accepts (rows × columns at its limits) answered within its
 * target, the hostile files refused within a second — a 6.5 kB .xlsx whose only other cell is in
 * row 1,048,576, and the 40,000-row list — and what a parent's 首页 (`home`, in the same process
 * as in the emulator and a warm CloudBase instance) waits meanwhile.
 */
import ExcelJS from 'exceljs';
import { main as home } from '../cloudfunctions/public/home';
import { main as registryImport } from '../cloudfunctions/sheets/registryImport';
import { main as targetRead } from '../cloudfunctions/sheets/targetRead';
import { sheetLimits } from '../cloudfunctions/_kit/platform/spreadsheet-read';
import { forgetSeasons } from '../cloudfunctions/domains/season/season';
import { functionContext } from '../emulator/functions';
import { personaByKey } from '../emulator/personas';
import { seedIfEmpty } from '../emulator/seed';
import { startEmulator } from '../emulator/server';
import { importColumns } from '../shared/registry-import';
import { percentile, timed, type BenchRow } from './bench-row';

/** What a parent's 首页 may wait while a spreadsheet is read beside it. */
const HOME_MS = 300;

async function workbook(rows: Array<Array<string | number>>, far?: string): Promise<{ content: string; bytes: number }> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('名单');
  for (const row of rows) sheet.addRow(row);
  if (far) sheet.getCell(far).value = '备注';
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return { content: buffer.toString('base64'), bytes: buffer.length };
}

const size = (bytes: number) =>
  bytes < 10_240 ? `${(bytes / 1024).toFixed(1)} kB` : bytes < 1_048_576 ? `${Math.round(bytes / 1024)} kB` : `${(bytes / 1_048_576).toFixed(1)} MB`;
const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p99: percentile(sorted, 99) };
};

type Answer = { ok: boolean; error?: { code: string; message: string } };

export async function uploadRows(): Promise<BenchRow[]> {
  const emulator = await startEmulator({ dbFile: ':memory:', configureSdk: true });
  try {
    seedIfEmpty(emulator.store);
    forgetSeasons();
    const bureau = functionContext('bench', { openid: personaByKey('bureauAdmin')?.openid ?? '' });
    const visitor = functionContext('home', { openid: 'bench-visitor' });

    /**
     * `rounds` reads of a file one after another (after one to warm up), each answered as `expect`
     * says, with `home` called back to back for as long as each read lasts; both timed.
     */
    async function measure(rounds: number, read: () => Promise<Answer>, expect: 'ok' | 'refused') {
      const reads: number[] = [];
      const homes: number[] = [];
      for (let i = -1; i < rounds; i++) {
        let done = false;
        const started = process.hrtime.bigint();
        const answer = read().then((a) => {
          done = true;
          return { a, ms: Number(process.hrtime.bigint() - started) / 1e6 };
        });
        const meanwhile = (async () => {
          while (!done) {
            const t = process.hrtime.bigint();
            await home({}, visitor);
            if (i >= 0) homes.push(Number(process.hrtime.bigint() - t) / 1e6);
          }
        })();
        const { a, ms } = await answer;
        await meanwhile;
        if ((expect === 'ok') !== a.ok || (expect === 'refused' && a.error?.code !== 'INVALID_INPUT'))
          throw new Error(`expected ${expect}, got ${JSON.stringify(a).slice(0, 300)}`);
        if (i >= 0) reads.push(ms);
      }
      return { read: summary(reads), home: summary(homes), homeCalls: homes.length };
    }

    const rows: BenchRow[] = [];
    const add = (label: string, m: Awaited<ReturnType<typeof measure>>, targetMs: number) => {
      rows.push(timed(label, m.read, targetMs));
      rows.push(timed(`  home while it is read (${m.homeCalls} calls)`, m.home, HOME_MS, true));
    };
    const imported = (content: string) => () => registryImport({ kind: 'majors', fileName: '专业备案.xlsx', content }, bureau) as Promise<Answer>;
    const targets = (content: string) => () => targetRead({ district: '忻府区', fileName: '目标.xlsx', content }, bureau) as Promise<Answer>;

    // registryImport at its limits: rows × the columns that fill its cells (the majors list and 4 of the clerk's own)
    const r = sheetLimits.registryImport;
    const extra = ['序号', '备注', '联系人', '核对'];
    const majorsAtLimit = await workbook([
      [...importColumns.majors, ...extra],
      ...Array.from({ length: r.maxRows - 1 }, (_v, n) => [
        '忻州市职业技术学校',
        '忻府区',
        `导入专业${n}`,
        '信息技术类',
        3,
        '三年制',
        '是',
        `晋职专备${n}`,
        n + 1,
        `第${n + 2}行`,
        '张老师',
        '已核对',
      ]),
    ]);
    const columns = importColumns.majors.length + extra.length;
    add(
      `registryImport preview at its limits (${r.maxRows} rows × ${columns} cols = ${r.maxRows * columns} cells, ${size(majorsAtLimit.bytes)} .xlsx)`,
      await measure(5, imported(majorsAtLimit.content), 'ok'),
      5000,
    );
    const farMajors = await workbook([[...importColumns.majors]], 'A1048576');
    add(`registryImport: ${size(farMajors.bytes)} .xlsx, a cell in row 1,048,576, refused`, await measure(20, imported(farMajors.content), 'refused'), 1000);
    const fortyThousand = await workbook([
      [...importColumns.majors],
      ...Array.from({ length: 40_000 }, (_v, n) => ['忻州市职业技术学校', '忻府区', `专业${n}`, '信息技术类', 3, '三年制', '是', `晋职专备${n}`]),
    ]);
    add(`registryImport: 40,000 valid rows (${size(fortyThousand.bytes)} .xlsx) refused`, await measure(5, imported(fortyThousand.content), 'refused'), 1000);

    // targetRead at its limits: the district's 12 junior highs and other rows, every column filled
    const t = sheetLimits.targetRead;
    const notes = (n: number) => Array.from({ length: t.maxColumns - 3 }, (_v, i) => `说明${n}-${i + 1}`);
    const juniors = emulator.store.find('juniorSchools', { district: '忻府区' }).map((j) => String(j.name));
    const targetsAtLimit = await workbook([
      ['初中学校', '毕业生人数', '送培目标', ...notes(0)],
      ...Array.from({ length: t.maxRows - 1 }, (_v, n) => [juniors[n] ?? `外区初中${n}`, 300, 100, ...notes(n + 1)]),
    ]);
    add(
      `targetRead at its limits (${t.maxRows} rows × ${t.maxColumns} cols = ${t.maxRows * t.maxColumns} cells, ${size(targetsAtLimit.bytes)} .xlsx)`,
      await measure(10, targets(targetsAtLimit.content), 'ok'),
      2000,
    );
    const farTargets = await workbook([['初中学校', '毕业生人数', '送培目标']], 'A1048576');
    add(`targetRead: ${size(farTargets.bytes)} .xlsx, a cell in row 1,048,576, refused`, await measure(20, targets(farTargets.content), 'refused'), 1000);
    return rows;
  } finally {
    await emulator.close();
  }
}
