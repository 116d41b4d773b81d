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
import { encrypt, keyedHash } from '../cloudfunctions/_kit/platform/personal-data';
import { cloudbaseLimits } from '../config/cloudbase-limits';
import { checkCharacter } from '../shared/id-number';
import { functionContext } from '../emulator/functions';
import { personaByKey } from '../emulator/personas';
import { cardsFor, seedIfEmpty } from '../emulator/seed';
import { brochures, brochureSeries } from '../emulator/seed/brochures';
import { schools } from '../emulator/seed/schools';
import { startEmulator } from '../emulator/server';
import type { BenchRow } from './bench-row';
import { measuredExports, type ExportName } from './export-sizes';

const ENROLLED = 3_000;
const SCHOOLS = 40;
const LEADS_PER_OTHER_SCHOOL = 500;
const CITY_GRADUATES = 30_000;
const JUNIORS = 200;
const XZ = 'school-xz-vocational';
const MAJORS = [
  { majorId: 'major-xz-001', majorName: '计算机应用' },
  { majorId: 'major-xz-002', majorName: '汽车运用与维修' },
  { majorId: 'major-xz-003', majorName: '护理' },
];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '子涵浩宇欣怡梓轩雨桐俊杰思远佳琪博文诗雅明轩若曦嘉怡晨阳紫萱宇航一诺梦瑶天佑雅琪志强建国海燕丽娟晓东春华秋实';
const DISTRICTS = ['忻府区', '原平市', '定襄县', '五台县', '代县', '繁峙县', '宁武县', '静乐县', '神池县', '五寨县', '岢岚县', '河曲县', '保德县', '偏关县'];

/** A name as families write them: a surname and one or two given characters, varied. */
function nameOf(i: number): string {
  const pick = (s: string, n: number) => s[n % s.length] ?? '';
  return `${pick(SURNAMES, i * 7)}${pick(GIVEN, i * 13)}${i % 3 ? pick(GIVEN, i * 31 + 5) : ''}`;
}

function idNumber(i: number): string {
  const first17 = `14090${String(1 + (i % 9))}2011${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

const juniorOf = (i: number) => ({ _id: `bench-junior-${i % JUNIORS}`, name: `${DISTRICTS[i % DISTRICTS.length]}第${(i % JUNIORS) + 1}初级中学`, district: DISTRICTS[i % DISTRICTS.length] ?? '忻府区' });

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** The bytes CloudBase sends back: the function's answer as JSON. */
const responseBytes = (answer: unknown) => Buffer.byteLength(JSON.stringify(answer));

export async function exportRows(): Promise<BenchRow[]> {
  process.env.LOCAL_EMULATOR_NOW = '2027-09-10T10:00:00+08:00';
  const emulator = await startEmulator({ dbFile: ':memory:', configureSdk: true });
  try {
    seedIfEmpty(emulator.store);
    const year = 2027;
    const april = new Date('2027-04-20T10:00:00+08:00');
    const july = new Date('2027-07-10T10:00:00+08:00');
    const august = new Date('2027-08-26T09:00:00+08:00');
    const notice = { reportOn: '2027-08-26', place: '学校报到处', bring: '录取通知书' };
    const juniors = Array.from({ length: JUNIORS }, (_v, i) => juniorOf(i));
    // 3,000 students enrolled at 忻州市职业技术学校, in its three majors
    const enrolled = Array.from({ length: ENROLLED }, (_v, i) => {
      const id = idNumber(i);
      const major = MAJORS[i % MAJORS.length] ?? MAJORS[0];
      const junior = juniorOf(i);
      const name = nameOf(i);
      return {
        form: {
          _id: `bench-form-${i}`, openid: `bench-family-${i}`, year, revision: 1, status: 'active', studentKey: keyedHash(id), requestId: `r-${i}`, filledBy: 'student',
          student: { name, gender: i % 2 ? 'male' : 'female', idCipher: encrypt(id), idMasked: 'x', birthDate: new Date(`2011-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`), phone: `138${String(10_000_000 + i * 7919).slice(-8)}`, juniorSchoolId: junior._id, juniorSchoolName: junior.name, group: i % 9 ? 'current-graduate' : 'earlier-graduate', graduationYear: i % 9 ? 2027 : 2026 },
          choices: [{ brochureId: 'brochure-xz-vocational-v2', majorId: major?.majorId, rank: 1, schoolId: XZ, schoolName: '忻州市职业技术学校', majorName: major?.majorName, brochureVersion: 2 }],
          declarations: { selfFilled: july, voluntary: july, noGeneralHighSchool: july }, consent: { personalData: july, guardianConsent: null },
          leadSchools: [XZ], placement: 'enrolled', createdAt: july, updatedAt: august,
        },
        lead: {
          _id: `bench-lead-${i}`, formId: `bench-form-${i}`, year, schoolId: XZ, schoolName: '忻州市职业技术学校', recruiterStaffId: null, status: 'enrolled', studentName: name, juniorSchoolId: junior._id,
          majors: [{ rank: 1, majorName: major?.majorName }], studentKey: keyedHash(id), group: 'current-graduate',
          admission: { ...major, rank: 1, at: july, staffName: '赵主任', notice }, enrollment: { at: august, staffName: '赵主任' },
          history: [], createdAt: april, updatedAt: august,
        },
      };
    });
    // 39 more schools like it, each with 500 leads at various steps, for the bureau's roll-up
    const template = schools.find((s) => s._id === XZ);
    const brochure = brochures.find((b) => b._id === 'brochure-xz-vocational-v2');
    const series = brochureSeries.find((s) => s.schoolId === XZ);
    if (!template || !brochure || !series) throw new Error('bench: the seed has no 忻州市职业技术学校 brochure');
    const others = Array.from({ length: SCHOOLS - 1 }, (_v, k) => {
      const schoolId = `bench-school-${k}`;
      const name = `${DISTRICTS[k % DISTRICTS.length]}基准职业学校${String(k).padStart(2, '0')}`;
      return {
        school: { ...template, _id: schoolId, name },
        brochure: { ...brochure, _id: `bench-brochure-${k}`, schoolId, schoolName: name, ...(brochure.filing ? { filing: { ...brochure.filing, number: `忻教职招备〔2027〕${200 + k}号` } } : {}) },
        series: { ...series, _id: `${schoolId}-${year}`, schoolId, currentApprovedId: `bench-brochure-${k}` },
      };
    });
    const otherLeads = others.flatMap(({ school }, k) =>
      Array.from({ length: LEADS_PER_OTHER_SCHOOL }, (_v, i) => {
        const major = MAJORS[i % MAJORS.length] ?? MAJORS[0];
        const status = (['new', 'contacted', 'admitted', 'enrolled'] as const)[i % 4] ?? 'new';
        const held = status === 'admitted' || status === 'enrolled';
        return {
          _id: `bench-other-${k}-${i}`, formId: `bench-other-form-${k}-${i}`, year, schoolId: school._id, schoolName: school.name, recruiterStaffId: null, status, studentName: nameOf(k * 1000 + i), juniorSchoolId: juniorOf(i)._id,
          majors: [{ rank: 1, majorName: major?.majorName }], studentKey: `k-${k}-${i}`, group: i % 9 === 0 ? 'earlier-graduate' : 'current-graduate',
          ...(held ? { admission: { ...major, rank: 1, at: july, staffName: '管理员', notice } } : {}),
          ...(status === 'enrolled' ? { enrollment: { at: august, staffName: '管理员' } } : {}),
          history: [], createdAt: april, updatedAt: august,
        };
      }),
    );
    // every graduate of the city asking to study early, each answered by both schools (the longest rows)
    const decided = (who: string, k: number, declined: boolean) => ({ decision: declined ? 'declined' : 'confirmed', staffId: `bench-staff-${who}`, staffName: `${nameOf(k + 7)}老师`, at: july, ...(declined ? { reason: '该专业本学期实训名额已满，建议九月正常入学' } : {}) });
    const earlyStudies = Array.from({ length: CITY_GRADUATES }, (_v, i) => {
      const junior = juniorOf(i);
      const school = i % SCHOOLS === 0 ? { _id: XZ, name: '忻州市职业技术学校' } : (others[i % (SCHOOLS - 1)]?.school ?? template);
      const declined = i % 11 === 0;
      return {
        _id: `bench-early-${i}`, year, formId: `bench-early-form-${i}`, openid: `bench-early-family-${i}`, studentName: nameOf(i), juniorSchoolId: junior._id, juniorSchoolName: junior.name,
        schoolId: school._id, schoolName: school.name, majorName: MAJORS[i % MAJORS.length]?.majorName ?? '', status: declined ? 'declined' : 'confirmed',
        junior: decided('junior', i, false), school: decided('school', i, declined), createdAt: april, updatedAt: july,
      };
    });
    const cards = cardsFor({ series: others.map((o) => o.series) as never, brochures: others.map((o) => o.brochure) as never, schools: others.map((o) => o.school) as never });
    emulator.store.write([
      ...enrolled.map(({ form }) => ({ collection: 'choiceForms', id: form._id, doc: form, insert: true })),
      ...enrolled.map(({ lead }) => ({ collection: 'leads', id: lead._id, doc: lead, insert: true })),
      ...others.flatMap((o) => [
        { collection: 'schools', id: o.school._id, doc: o.school, insert: true },
        { collection: 'brochures', id: o.brochure._id, doc: o.brochure, insert: true },
        { collection: 'brochureSeries', id: o.series._id, doc: o.series, insert: true },
      ]),
      ...cards.map((c) => ({ collection: 'brochureCards', id: String(c._id), doc: c, insert: true })),
      ...otherLeads.map((doc) => ({ collection: 'leads', id: doc._id, doc, insert: true })),
      ...juniors.map((j) => ({ collection: 'juniorSchools', id: j._id, doc: j, insert: true })),
      ...earlyStudies.map((doc) => ({ collection: 'earlyStudies', id: doc._id, doc, insert: true })),
    ]);
    const admin = functionContext('bench', { openid: personaByKey('schoolAdmin')?.openid ?? '' });
    const bureau = functionContext('bench', { openid: personaByKey('bureauAdmin')?.openid ?? '' });
    const answer = async (main: (e: unknown, c: unknown) => Promise<unknown>, event: object, context: unknown) => {
      const result = (await main(event, context)) as { ok: boolean; data?: { content?: string; exported?: number } };
      if (!result.ok) throw new Error(`bench: ${JSON.stringify(result).slice(0, 300)}`);
      if (main === registrationExport && result.data?.exported !== ENROLLED) throw new Error(`bench: ${result.data?.exported} of ${ENROLLED} students exported`);
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
