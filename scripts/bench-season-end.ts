/**
 * The season's end at a city's scale (issue 10): a school with 2,000 enrolled students exports its
 * registration sheet (R15) and its monthly table (R12); the bureau rolls up 40 schools' tables.
 * Each function must finish well inside its configured timeout and memory (cloudbaserc.json), so
 * the targets are half of each: a run that needs more would fail on CloudBase on a slow day.
 */
import { main as monthlyReportExport } from '../cloudfunctions/sheets/monthlyReportExport';
import { main as monthlyReportRollup } from '../cloudfunctions/sheets/monthlyReportRollup';
import { main as registrationExport } from '../cloudfunctions/sheets/registrationExport';
import { encrypt, keyedHash } from '../cloudfunctions/_kit/platform/personal-data';
import { forgetSeasons } from '../cloudfunctions/domains/season/season';
import { checkCharacter } from '../shared/id-number';
import { functionContext } from '../emulator/functions';
import { personaByKey } from '../emulator/personas';
import { cardsFor, seedIfEmpty } from '../emulator/seed';
import { brochures, brochureSeries } from '../emulator/seed/brochures';
import { schools } from '../emulator/seed/schools';
import { startEmulator } from '../emulator/server';
import { ms, percentile, type BenchRow } from './bench-row';
import config from '../cloudbaserc.json';

const ENROLLED = 2_000;
const SCHOOLS = 40;
const LEADS_PER_OTHER_SCHOOL = 500;
const XZ = 'school-xz-vocational';
const MAJORS = [
  { majorId: 'major-xz-001', majorName: '计算机应用' },
  { majorId: 'major-xz-002', majorName: '汽车运用与维修' },
  { majorId: 'major-xz-003', majorName: '护理' },
];

/** The function's configured timeout (s) and memory (MB). */
function limitsOf(name: string): { timeoutMs: number; memoryMb: number } {
  const fn = config.functions.find((f) => f.name === name);
  if (!fn) throw new Error(`no ${name} in cloudbaserc.json`);
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

function rowsFor(what: string, fn: string, m: { median: number; p99: number; heapMb: number }): BenchRow[] {
  const { timeoutMs, memoryMb } = limitsOf(fn);
  return [
    { measure: `${what}: time`, median: ms(m.median), p99: ms(m.p99), target: `p99 ≤ ${timeoutMs / 2000} s (half of ${fn}'s timeout)`, verdict: m.p99 <= timeoutMs / 2 ? 'ok' : 'OVER' },
    { measure: `${what}: heap growth`, median: `${m.heapMb.toFixed(0)} MB`, p99: '—', target: `≤ ${memoryMb / 2} MB (half of its memory)`, verdict: m.heapMb <= memoryMb / 2 ? 'ok' : 'OVER' },
  ];
}

function idNumber(i: number): string {
  const first17 = `1101052011${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

export async function seasonEndRows(): Promise<BenchRow[]> {
  process.env.LOCAL_EMULATOR_NOW = '2027-09-10T10:00:00+08:00';
  const emulator = await startEmulator({ dbFile: ':memory:', configureSdk: true });
  try {
    seedIfEmpty(emulator.store);
    forgetSeasons();
    const year = 2027;
    const july = new Date('2027-07-10T10:00:00+08:00');
    const august = new Date('2027-08-26T09:00:00+08:00');
    const notice = { reportOn: '2027-08-26', place: '学校报到处', bring: '录取通知书' };
    // 2,000 students enrolled at 忻州市职业技术学校, in its three majors
    const forms = Array.from({ length: ENROLLED }, (_v, i) => {
      const id = idNumber(i + 1000 * Math.floor(i / 1000));
      const major = MAJORS[i % MAJORS.length]!;
      return {
        form: {
          _id: `bench-form-${i}`, openid: `bench-family-${i}`, year, revision: 1, status: 'active', studentKey: keyedHash(`${id}-${i}`), requestId: `r-${i}`, filledBy: 'student',
          student: { name: `学生${i}`, gender: i % 2 ? 'male' : 'female', idCipher: encrypt(id), idMasked: 'x', birthDate: new Date('2011-06-01'), phone: '13800001234', juniorSchoolId: 'junior-xz-2', juniorSchoolName: '忻州市第二中学初中部', group: 'current-graduate', graduationYear: 2027 },
          choices: [{ brochureId: 'brochure-xz-vocational-v2', majorId: major.majorId, rank: 1, schoolId: XZ, schoolName: '忻州市职业技术学校', majorName: major.majorName, brochureVersion: 2 }],
          declarations: { selfFilled: july, voluntary: july, noGeneralHighSchool: july }, consent: { personalData: july, guardianConsent: null },
          leadSchools: [XZ], placement: 'enrolled', createdAt: july, updatedAt: august,
        },
        lead: {
          _id: `bench-lead-${i}`, formId: `bench-form-${i}`, year, schoolId: XZ, schoolName: '忻州市职业技术学校', recruiterStaffId: null, status: 'enrolled', studentName: `学生${i}`, juniorSchoolId: 'junior-xz-2',
          majors: [{ rank: 1, majorName: major.majorName }], studentKey: keyedHash(`${id}-${i}`), group: 'current-graduate',
          admission: { ...major, rank: 1, at: july, staffName: '赵主任', notice }, enrollment: { at: august, staffName: '赵主任' },
          history: [], createdAt: new Date('2027-04-20T10:00:00+08:00'), updatedAt: august,
        },
      };
    });
    // 39 more city schools like it, each with 500 leads at various steps, for the bureau's roll-up
    const template = schools.find((s) => s._id === XZ)!;
    const brochure = brochures.find((b) => b._id === 'brochure-xz-vocational-v2')!;
    const series = brochureSeries.find((s) => s.schoolId === XZ)!;
    const others = Array.from({ length: SCHOOLS - 1 }, (_v, k) => {
      const schoolId = `bench-school-${k}`;
      return {
        school: { ...template, _id: schoolId, name: `基准职业学校${String(k).padStart(2, '0')}` },
        brochure: { ...brochure, _id: `bench-brochure-${k}`, schoolId, schoolName: `基准职业学校${String(k).padStart(2, '0')}`, ...(brochure.filing ? { filing: { ...brochure.filing, number: `忻教职招备〔2027〕${200 + k}号` } } : {}) },
        series: { ...series, _id: `${schoolId}-${year}`, schoolId, currentApprovedId: `bench-brochure-${k}` },
      };
    });
    const otherLeads = others.flatMap(({ school }, k) =>
      Array.from({ length: LEADS_PER_OTHER_SCHOOL }, (_v, i) => {
        const major = MAJORS[i % MAJORS.length]!;
        const status = (['new', 'contacted', 'admitted', 'enrolled'] as const)[i % 4]!;
        const held = status === 'admitted' || status === 'enrolled';
        return {
          _id: `bench-other-${k}-${i}`, formId: `bench-other-form-${k}-${i}`, year, schoolId: school._id, schoolName: school.name, recruiterStaffId: null, status, studentName: `学生${k}-${i}`, juniorSchoolId: 'junior-xz-6',
          majors: [{ rank: 1, majorName: major.majorName }], studentKey: `k-${k}-${i}`, group: i % 9 === 0 ? 'earlier-graduate' : 'current-graduate',
          ...(held ? { admission: { ...major, rank: 1, at: july, staffName: '管理员', notice } } : {}),
          ...(status === 'enrolled' ? { enrollment: { at: august, staffName: '管理员' } } : {}),
          history: [], createdAt: new Date('2027-04-20T10:00:00+08:00'), updatedAt: august,
        };
      }),
    );
    const cards = cardsFor({ series: others.map((o) => o.series) as never, brochures: others.map((o) => o.brochure) as never, schools: others.map((o) => o.school) as never });
    emulator.store.write([
      ...forms.map(({ form }) => ({ collection: 'choiceForms', id: form._id, doc: form, insert: true })),
      ...forms.map(({ lead }) => ({ collection: 'leads', id: lead._id, doc: lead, insert: true })),
      ...others.flatMap((o) => [
        { collection: 'schools', id: o.school._id, doc: o.school, insert: true },
        { collection: 'brochures', id: o.brochure._id, doc: o.brochure, insert: true },
        { collection: 'brochureSeries', id: o.series._id, doc: o.series, insert: true },
      ]),
      ...cards.map((c) => ({ collection: 'brochureCards', id: String(c._id), doc: c, insert: true })),
      ...otherLeads.map((doc) => ({ collection: 'leads', id: doc._id, doc, insert: true })),
    ]);
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
      ...rowsFor(`monthlyReportRollup, ${SCHOOLS} schools, ${(ENROLLED + otherLeads.length) / 1000}k leads`, 'monthlyReportRollup', rollup),
    ];
  } finally {
    delete process.env.LOCAL_EMULATOR_NOW;
    await emulator.close();
  }
}
