/**
 * `npm run bench -- exports`: the response of every spreadsheet export (the sheets function's
 * actions that answer a base64 .xlsx) at a city's worst case, against CloudBase's 6 MB ceiling on a
 * synchronous response — and against the figure the deploy plan checks (scripts/export-sizes.ts),
 * which this section regenerates: when a measured response is larger than the recorded one, the row
 * says so and gives the number to record.
 *
 * The worst cases, generated: the largest school's registration sheet (3,000 enrolled students, the
 * ID numbers decrypted) and its monthly table; the bureau's roll-up of 40 schools' tables; the
 * early-study list of the whole city with every one of its 30,000 graduates in it (a bound: in a
 * real season a few hundred ask); the ranking of 200 junior highs. Names, ID numbers and schools
 * vary as real ones do, since the .xlsx is compressed before it is base64-encoded.
 */
import { main as earlyStudyExport } from '../cloudfunctions/sheets/earlyStudyExport';
import { main as monthlyReportExport } from '../cloudfunctions/sheets/monthlyReportExport';
import { main as monthlyReportRollup } from '../cloudfunctions/sheets/monthlyReportRollup';
import { main as registrationExport } from '../cloudfunctions/sheets/registrationExport';
import { main as targetExport } from '../cloudfunctions/sheets/targetExport';
import { cloudbaseLimits } from '../config/cloudbase-limits';
import { functionContext } from '../emulator/functions';
import { personaByKey } from '../emulator/personas';
import { seedIfEmpty } from '../emulator/seed';
import { startEmulator } from '../emulator/server';
import { APRIL, BENCH_MAJORS, BENCH_SCHOOL_ID, JULY, juniorOf, nameOf, writeSeasonEndCity, YEAR } from './bench-city';
import type { BenchRow } from './bench-row';
import { measuredExports, type ExportName } from './export-sizes';

const ENROLLED = 3_000;
const SCHOOLS = 40;
const LEADS_PER_OTHER_SCHOOL = 500;
const CITY_GRADUATES = 30_000;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** The bytes CloudBase sends back: the function's answer as JSON. */
const responseBytes = (answer: unknown) => Buffer.byteLength(JSON.stringify(answer));

export async function exportRows(): Promise<BenchRow[]> {
  process.env.LOCAL_EMULATOR_NOW = '2027-09-10T10:00:00+08:00';
  const emulator = await startEmulator({ dbFile: ':memory:', configureSdk: true });
  try {
    seedIfEmpty(emulator.store);
    const { others } = writeSeasonEndCity(emulator.store, { enrolled: ENROLLED, schools: SCHOOLS, leadsPerOtherSchool: LEADS_PER_OTHER_SCHOOL });
    // every graduate of the city asking to study early, each answered by both schools (the longest rows)
    const decided = (who: string, k: number, declined: boolean) => ({
      decision: declined ? 'declined' : 'confirmed',
      staffId: `bench-staff-${who}`,
      staffName: `${nameOf(k + 7)}老师`,
      at: JULY,
      ...(declined ? { reason: '该专业本学期实训名额已满，建议九月正常入学' } : {}),
    });
    const earlyStudies = Array.from({ length: CITY_GRADUATES }, (_v, i) => {
      const junior = juniorOf(i);
      const largest = { _id: BENCH_SCHOOL_ID, name: '忻州市职业技术学校' };
      const school = i % SCHOOLS === 0 ? largest : (others[i % (SCHOOLS - 1)]?.school ?? largest);
      const declined = i % 11 === 0;
      return {
        _id: `bench-early-${i}`,
        year: YEAR,
        formId: `bench-early-form-${i}`,
        openid: `bench-early-family-${i}`,
        studentName: nameOf(i),
        juniorSchoolId: junior._id,
        juniorSchoolName: junior.name,
        schoolId: school._id,
        schoolName: school.name,
        majorName: BENCH_MAJORS[i % BENCH_MAJORS.length]?.majorName ?? '',
        status: declined ? 'declined' : 'confirmed',
        junior: decided('junior', i, false),
        school: decided('school', i, declined),
        createdAt: APRIL,
        updatedAt: JULY,
      };
    });
    emulator.store.write(earlyStudies.map((doc) => ({ collection: 'earlyStudies', id: doc._id, doc, insert: true })));
    const admin = functionContext('bench', { openid: personaByKey('schoolAdmin')?.openid ?? '' });
    const bureau = functionContext('bench', { openid: personaByKey('bureauAdmin')?.openid ?? '' });
    const answer = async (main: (e: unknown, c: unknown) => Promise<unknown>, event: object, context: unknown) => {
      const result = (await main(event, context)) as { ok: boolean; data?: { content?: string; exported?: number } };
      if (!result.ok) throw new Error(`bench: ${JSON.stringify(result).slice(0, 300)}`);
      if (main === registrationExport && result.data?.exported !== ENROLLED)
        throw new Error(`bench: ${result.data?.exported} of ${ENROLLED} students exported`);
      return { bytes: responseBytes(result), xlsx: Buffer.from(result.data?.content ?? '', 'base64').length };
    };
    const measured: Record<ExportName, { bytes: number; xlsx: number }> = {
      registrationExport: await answer(registrationExport, {}, admin),
      monthlyReportExport: await answer(monthlyReportExport, { month: 8 }, admin),
      monthlyReportRollup: await answer(monthlyReportRollup, { month: 8 }, bureau),
      earlyStudyExport: await answer(earlyStudyExport, {}, bureau),
      targetExport: await answer(targetExport, {}, bureau),
    };
    const max = cloudbaseLimits.syncResponseBytes.max;
    return measuredExports.map((declared) => {
      const m = measured[declared.name];
      const fits = m.bytes <= max;
      const recorded = m.bytes <= declared.bytes;
      return {
        measure: `export response: ${declared.name}, ${declared.worstCase}`,
        median: `${m.bytes.toLocaleString('en-US')} B (${mb(m.bytes)})`,
        p99: `.xlsx ${mb(m.xlsx)}; headroom ${Math.round((1 - m.bytes / max) * 100)}% of ${max / 1024 / 1024} MB`,
        target: `≤ ${max / 1024 / 1024} MB; ≤ recorded ${declared.bytes.toLocaleString('en-US')} B`,
        verdict: !fits ? 'OVER' : recorded ? 'ok' : `STALE: record ${Math.ceil(m.bytes / 1024) * 1024} in scripts/export-sizes.ts`,
      };
    });
  } finally {
    delete process.env.LOCAL_EMULATOR_NOW;
    await emulator.close();
  }
}
