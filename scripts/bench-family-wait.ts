/**
 * What a parent waits for on CloudBase, modelled: the real functions against the emulator with each
 * database request held 10 ms (the order of a database call inside one region). The targets are the
 * issue's, held by the p95 of 50 families calling at once (sharing the database, its transactions
 * and the recruiters' turn) — home, the list and a brochure ≤ 150 ms, a submit ≤ 400 ms, no failure
 * — measured in this one process, where every family's processing also queues on one event loop of
 * this 2-core machine (on CloudBase each concurrent call has an instance of its own, so this is the
 * harder case). One family alone is shown too, without a target: the floor the database calls set.
 * (These replace "a submit ≤ 6× a bare add", which measured our own emulator more than the product.)
 */
import { checkCharacter } from '../shared/id-number';
import { main as brochureDetail } from '../cloudfunctions/public/brochureDetail';
import { main as brochureList } from '../cloudfunctions/public/brochureList';
import { main as home } from '../cloudfunctions/public/home';
import { main as choiceSubmit } from '../cloudfunctions/family/choiceSubmit';
import { demoSeason as season } from '../emulator/seed/season';
import { functionContext } from '../emulator/functions';
import { seedIfEmpty } from '../emulator/seed';
import { startEmulator } from '../emulator/server';
import { forgetSeasons } from '../cloudfunctions/domains/season/season';
import { concurrently, ms, percentile, type BenchRow } from './bench-row';

const DB_DELAY_MS = 10;
const FAMILIES = 50;
const ROUNDS = 4;

type Main = (event: unknown, context: unknown) => Promise<unknown>;

/** `FAMILIES × ROUNDS` calls one after another: one family's wait with nobody else calling. */
async function oneByOne(call: (i: number) => Promise<unknown>): Promise<{ samples: number[]; failed: number }> {
  const samples: number[] = [];
  let failed = 0;
  for (let i = 0; i < FAMILIES * ROUNDS; i++) {
    const start = process.hrtime.bigint();
    const answer = (await call(i)) as { ok?: boolean };
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (answer?.ok !== true) failed += 1;
  }
  return { samples: samples.sort((a, b) => a - b), failed };
}

/** `ROUNDS` waves of `FAMILIES` calls at once; each call's time, and how many did not answer ok. */
async function waves(call: (i: number) => Promise<unknown>): Promise<{ samples: number[]; failed: number }> {
  let failed = 0;
  const samples = await concurrently(
    ROUNDS,
    async (i) => {
      if (((await call(i)) as { ok?: boolean })?.ok !== true) failed += 1;
    },
    FAMILIES,
  );
  return { samples: samples.sort((a, b) => a - b), failed };
}

function row(measure: string, { samples, failed }: { samples: number[]; failed: number }, p95Target?: number): BenchRow {
  const p95 = percentile(samples, 95);
  return {
    measure,
    median: ms(percentile(samples, 50)),
    p99: `p95 ${ms(p95)}${failed ? `, ${failed} failed` : ''}`,
    target: p95Target === undefined ? '—' : `p95 ≤ ${p95Target} ms, 0 failures`,
    verdict: p95Target === undefined ? '' : p95 <= p95Target && failed === 0 ? 'ok' : 'OVER',
  };
}

/** A valid choice form for a different 16-year-old each time (the sequence number, then the birth day, varies). */
export function benchForm(i: number, prefix = 'wait') {
  const first17 = `110105201103${String(1 + Math.floor(i / 900)).padStart(2, '0')}${100 + (i % 900)}`;
  const idNumber = `${first17}${checkCharacter(first17)}`;
  return {
    requestId: `${prefix}-request-${i}`,
    filledBy: 'student',
    student: {
      name: `学生${i}`,
      gender: Number(idNumber[16]) % 2 ? 'male' : 'female',
      idNumber,
      phone: '13800001234',
      juniorSchoolId: 'junior-xz-2',
      group: 'current-graduate',
      graduationYear: season.year,
    },
    guardian: { name: '家长', relation: 'father', phone: '13900005678' },
    choices: [{ brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001' }],
    declarations: { selfFilled: true, voluntary: true, noGeneralHighSchool: true },
    consent: { personalData: true, guardianConsent: true },
  };
}

export async function familyWaitRows(): Promise<BenchRow[]> {
  process.env.LOCAL_EMULATOR_NOW = '2027-04-15T10:00:00+08:00';
  const emulator = await startEmulator({ dbFile: ':memory:', configureSdk: true, dbDelayMs: DB_DELAY_MS });
  try {
    seedIfEmpty(emulator.store);
    forgetSeasons();
    const as = (main: Main, event: (i: number) => unknown) => (i: number) => main(event(i), functionContext('bench', { openid: `wait-family-${i}` }));
    // a warm instance, as most calls meet: the season and the minute-kept answers loaded
    for (const main of [home, brochureList, brochureDetail] as Main[])
      await main(main === brochureDetail ? { id: 'brochure-xz-vocational-v2' } : {}, functionContext('bench', { openid: 'warm' }));
    const calls: Array<[string, (i: number) => Promise<unknown>, number]> = [
      ['home', as(home, () => ({})), 150],
      ['brochureList', as(brochureList, () => ({})), 150],
      ['brochureDetail', as(brochureDetail, () => ({ id: 'brochure-xz-vocational-v2' })), 150],
      ['choiceSubmit', as(choiceSubmit, (i) => benchForm(i)), 400],
    ];
    const rows: BenchRow[] = [];
    let offset = 0;
    for (const [name, call, target] of calls) {
      // every submit a new student: the two runs take different numbers
      const shifted = (i: number) => call(i + offset);
      rows.push(row(`${name}: ${FAMILIES} families at once (${DB_DELAY_MS} ms per database request)`, await waves(shifted), target));
      offset += FAMILIES * ROUNDS;
      rows.push(row(`  ${name}: one family alone`, await oneByOne((i) => call(i + offset))));
      offset += FAMILIES * ROUNDS;
    }
    return rows;
  } finally {
    delete process.env.LOCAL_EMULATOR_NOW;
    await emulator.close();
  }
}
