/**
 * The season's end at a city's scale (issue 10): a school with 2,000 enrolled students exports its
 * registration sheet (R15) and its monthly table (R12); the bureau rolls up 40 schools' tables.
 * Each function must finish well inside its configured timeout and memory (config/functions.ts), so
 * the targets are half of each: a run that needs more would fail on CloudBase on a slow day.
 */
import { main as monthlyReportExport } from '../cloudfunctions/sheets/monthlyReportExport';
import { main as monthlyReportRollup } from '../cloudfunctions/sheets/monthlyReportRollup';
import { main as registrationExport } from '../cloudfunctions/sheets/registrationExport';
import { forgetSeasons } from '../cloudfunctions/domains/season/season';
import { functionContext } from '../emulator/functions';
import { personaByKey } from '../emulator/personas';
import { seedIfEmpty } from '../emulator/seed';
import { startEmulator } from '../emulator/server';
import { writeSeasonEndCity } from './bench-city';
import { ms, percentile, type BenchRow } from './bench-row';
import { deployedFunctions, functionOf, type ActionName } from '../config/functions';

const ENROLLED = 2_000;
const SCHOOLS = 40;
const LEADS_PER_OTHER_SCHOOL = 500;
/** The configured timeout (s) and memory (MB) of the function that serves the action. */
function limitsOf(action: ActionName): { timeoutMs: number; memoryMb: number } {
  const fn = deployedFunctions[functionOf[action]];
  return { timeoutMs: fn.timeout * 1000, memoryMb: fn.memorySize };
}

/** Runs `run` `rounds` times; the median and p99 time, and the most the heap grew during any run. */
async function measure(rounds: number, run: () => Promise<void>): Promise<{ median: number; p99: number; heapMb: number }> {
  await run();
  const samples: number[] = [];
  let grew = 0;
  for (let i = 0; i < rounds; i++) {
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    const start = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    clearInterval(sampler);
    grew = Math.max(grew, Math.max(peak, process.memoryUsage().heapUsed) - base);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p99: percentile(samples, 99), heapMb: grew / 2 ** 20 };
}

function rowsFor(what: string, action: ActionName, m: { median: number; p99: number; heapMb: number }): BenchRow[] {
  const { timeoutMs, memoryMb } = limitsOf(action);
  return [
    {
      measure: `${what}: time`,
      median: ms(m.median),
      p99: ms(m.p99),
      target: `p99 ≤ ${timeoutMs / 2000} s (half of ${functionOf[action]}'s timeout)`,
      verdict: m.p99 <= timeoutMs / 2 ? 'ok' : 'OVER',
    },
    {
      measure: `${what}: heap growth`,
      median: `${m.heapMb.toFixed(0)} MB`,
      p99: '—',
      target: `≤ ${memoryMb / 2} MB (half of its memory)`,
      verdict: m.heapMb <= memoryMb / 2 ? 'ok' : 'OVER',
    },
  ];
}

export async function seasonEndRows(): Promise<BenchRow[]> {
  process.env.LOCAL_EMULATOR_NOW = '2027-09-10T10:00:00+08:00';
  const emulator = await startEmulator({ dbFile: ':memory:', configureSdk: true });
  try {
    seedIfEmpty(emulator.store);
    forgetSeasons();
    const city = writeSeasonEndCity(emulator.store, { enrolled: ENROLLED, schools: SCHOOLS, leadsPerOtherSchool: LEADS_PER_OTHER_SCHOOL });
    const admin = functionContext('bench', { openid: personaByKey('schoolAdmin')?.openid ?? '' });
    const bureau = functionContext('bench', { openid: personaByKey('bureauAdmin')?.openid ?? '' });
    const call = (main: (e: unknown, c: unknown) => Promise<unknown>, event: object, context: unknown) => async () => {
      const result = (await main(event, context)) as { ok: boolean };
      if (!result.ok) throw new Error(`bench: ${JSON.stringify(result).slice(0, 300)}`);
    };
    const registration = await measure(5, call(registrationExport, {}, admin));
    const monthly = await measure(5, call(monthlyReportExport, { month: 8 }, admin));
    const rollup = await measure(3, call(monthlyReportRollup, { month: 8 }, bureau));
    return [
      ...rowsFor(`registrationExport, ${ENROLLED} enrolled students (IDs decrypted)`, 'registrationExport', registration),
      ...rowsFor(`monthlyReportExport, a school with ${ENROLLED} enrolled`, 'monthlyReportExport', monthly),
      ...rowsFor(`monthlyReportRollup, ${SCHOOLS} schools, ${city.leads / 1000}k leads`, 'monthlyReportRollup', rollup),
    ];
  } finally {
    delete process.env.LOCAL_EMULATOR_NOW;
    await emulator.close();
  }
}
