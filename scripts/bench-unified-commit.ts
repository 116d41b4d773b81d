/**
 * `npm run bench -- unified-commit`: how a round of 统一录取 is committed at a city's size (R26). A
 * city's round is ~15,700 admissions (30,000 graduates, about half choosing vocational schools),
 * each a transaction of its own; no single call of the `sheets` function (60 s) makes them all, so
 * the commit goes on across calls (the bureau's page, then the every-minute timer). This section
 * commits a round of FORMS real forms (submitted through choiceSubmit) with every database request
 * delayed as on CloudBase, and reports the time to store the offers, the admissions one call makes
 * in its budget, and what that means for the city: the calls and minutes until every family is told.
 */
import { main as choiceSubmit } from '../cloudfunctions/family/choiceSubmit';
import { commitRound, COMMIT_BUDGET_MS } from '../cloudfunctions/domains/admission/unified/commit';
import { currentSeason, forgetSeasons } from '../cloudfunctions/domains/season/season';
import { seedCommitment } from '../shared/allocation/lottery';
import { lotterySeedIdOf } from '../shared/records/lottery-seed';
import { schoolNoticeIdOf } from '../shared/records/unified-round';
import { functionContext } from '../emulator/functions';
import { seedIfEmpty } from '../emulator/seed';
import { startEmulator } from '../emulator/server';
import { cloudbasePlans } from '../config/cloudbase-limits';
import { benchForm } from './bench-family-wait';
import { billed } from './season-cost';
import { ms, type BenchRow } from './bench-row';

const FORMS = 400;
const CITY_OFFERS = 15_700;
const DB_DELAY_MS = 10;
/**
 * Every family of the city's round told within three hours of the bureau's confirmation (on the
 * smallest plan's request rate; the page, then the every-minute timer, keeps it going meanwhile).
 */
const CITY_TARGET_MINUTES = 180;

export async function unifiedCommitRows(): Promise<BenchRow[]> {
  process.env.LOCAL_EMULATOR_NOW = '2027-04-15T10:00:00+08:00';
  const options = { dbFile: ':memory:', configureSdk: true, dbDelayMs: 0 };
  const emulator = await startEmulator(options);
  try {
    seedIfEmpty(emulator.store);
    const store = emulator.store;
    // a unified season, a major with room for everyone, the school's notice, a seed published and revealed
    const season = store.find('seasons', { year: 2027 })[0] as Record<string, unknown>;
    store.write([{ collection: 'seasons', id: String(season._id), doc: { ...season, admissionMode: 'unified', priorities: [{ kind: 'ownDistrict' }] } }]);
    const brochure = store.getById('brochures', 'brochure-xz-vocational-v2')?.doc as { majors: Array<{ majorId: string; places: number }> };
    store.write([
      { collection: 'brochures', id: 'brochure-xz-vocational-v2', doc: { ...brochure, majors: brochure.majors.map((m) => ({ ...m, places: FORMS })) } },
    ]);
    forgetSeasons();
    for (let i = 0; i < FORMS; i++) {
      const answer = (await choiceSubmit(benchForm(i, 'unified'), functionContext('bench', { openid: `unified-family-${i}` }))) as {
        ok: boolean;
        error?: unknown;
      };
      if (!answer.ok) throw new Error(`bench: submit ${i} refused: ${JSON.stringify(answer.error)}`);
    }
    const seed = 'a'.repeat(64);
    store.write([
      {
        collection: 'lotterySeeds',
        id: lotterySeedIdOf(2027),
        doc: {
          year: 2027,
          commitment: seedCommitment(seed),
          seed,
          publishedAt: new Date('2027-05-20'),
          revealedAt: new Date('2027-06-01'),
          publishedByName: '吴主任',
        },
        insert: true,
      },
      {
        collection: 'schoolNotices',
        id: schoolNoticeIdOf('school-xz-vocational', 2027),
        doc: {
          schoolId: 'school-xz-vocational',
          year: 2027,
          reportOn: '2027-08-26',
          place: '学校报到处',
          bring: '录取通知书',
          revision: 1,
          updatedAt: new Date(),
          updatedByName: '赵主任',
        },
        insert: true,
      },
    ]);
    process.env.LOCAL_EMULATOR_NOW = '2027-06-02T09:00:00+08:00';
    forgetSeasons();
    options.dbDelayMs = DB_DELAY_MS;
    const at = new Date(process.env.LOCAL_EMULATOR_NOW);
    const staff = { _id: 'staff-bench', name: '吴主任' };
    const s = await currentSeason(at);

    // the first call with no time to apply: what storing the offers takes
    let start = performance.now();
    const { result: stored } = await emulator.measure(() => commitRound(s, staff, at, 0));
    const offering = performance.now() - start;
    // the next call with the function's budget: the admissions one call makes, and the requests each costs
    start = performance.now();
    const { result: first, roundTrips } = await emulator.measure(() => commitRound(s, staff, at));
    const applying = performance.now() - start;
    const applied = Math.max(1, first.applied);
    const cost = billed(roundTrips.byAction);
    const perAdmission = roundTrips.total / applied;
    const perCall = Math.floor(COMMIT_BUDGET_MS / (applying / applied));
    const calls = Math.ceil(CITY_OFFERS / perCall);
    // the smallest plan's published QPS bounds the round however the calls are made
    const qps = cloudbasePlans.find((p) => p.qps !== null)?.qps ?? 30;
    const minutesAtQps = (CITY_OFFERS * perAdmission) / qps / 60;
    const cityWrites = Math.round((cost.writes / applied) * CITY_OFFERS);
    const cityReads = Math.round((cost.reads / applied) * CITY_OFFERS);
    return [
      {
        measure: `unified-commit: storing ${stored.offers} offers (allocation + inserts, ${DB_DELAY_MS} ms per request)`,
        median: ms(offering),
        p99: '—',
        target: '—',
        verdict: '',
      },
      {
        measure: `unified-commit: admissions one call makes in its ${COMMIT_BUDGET_MS / 1000} s budget`,
        median: `${first.applied} of ${stored.offers} in ${ms(applying)}`,
        p99: `${ms(applying / applied)} per admission`,
        target: '—',
        verdict: '',
      },
      {
        measure: 'unified-commit: database requests per admission (a major’s offers in one transaction)',
        median: perAdmission.toFixed(1),
        p99: `${(cost.reads / applied).toFixed(1)} R + ${(cost.writes / applied).toFixed(1)} W`,
        target: '—',
        verdict: '',
      },
      {
        measure: `unified-commit: a city's round (${CITY_OFFERS.toLocaleString('en-US')} admissions) at ${qps} requests/s`,
        median: `${minutesAtQps.toFixed(0)} min; ${calls} calls at this machine's pace`,
        p99: `${cityReads.toLocaleString('en-US')} R + ${cityWrites.toLocaleString('en-US')} W`,
        target: `≤ ${CITY_TARGET_MINUTES} min; writes ≤ 基础版 2's ${(150_000).toLocaleString('en-US')}/day`,
        verdict: minutesAtQps <= CITY_TARGET_MINUTES && cityWrites <= 150_000 ? 'ok' : 'OVER',
      },
    ];
  } finally {
    delete process.env.LOCAL_EMULATOR_NOW;
    await emulator.close();
  }
}
