/**
 * A city at the season's end, generated for the benches that read it whole (exports, season-end):
 * the largest school (忻州市职业技术学校, from the demo seed) with its enrolled students, and more
 * schools like it, each with leads at every step. Names, ID numbers, junior highs and schools vary
 * as real ones do: exports are compressed, and repeated text would flatter their size.
 */
import { encrypt, keyedHash } from '../cloudfunctions/_kit/platform/personal-data';
import { cardsFor } from '../emulator/seed';
import { brochures, brochureSeries } from '../emulator/seed/brochures';
import { schools } from '../emulator/seed/schools';
import type { Store } from '../emulator/db/store';
import { checkCharacter } from '../shared/id-number';

export const BENCH_SCHOOL_ID = 'school-xz-vocational';
export const BENCH_MAJORS = [
  { majorId: 'major-xz-001', majorName: '计算机应用' },
  { majorId: 'major-xz-002', majorName: '汽车运用与维修' },
  { majorId: 'major-xz-003', majorName: '护理' },
];
const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '子涵浩宇欣怡梓轩雨桐俊杰思远佳琪博文诗雅明轩若曦嘉怡晨阳紫萱宇航一诺梦瑶天佑雅琪志强建国海燕丽娟晓东春华秋实';
const DISTRICTS = ['忻府区', '原平市', '定襄县', '五台县', '代县', '繁峙县', '宁武县', '静乐县', '神池县', '五寨县', '岢岚县', '河曲县', '保德县', '偏关县'];
export const BENCH_JUNIORS = 200;

/** A name as families write them: a surname and one or two given characters, varied. */
export function nameOf(i: number): string {
  const pick = (s: string, n: number) => s[n % s.length] ?? '';
  return `${pick(SURNAMES, i * 7)}${pick(GIVEN, i * 13)}${i % 3 ? pick(GIVEN, i * 31 + 5) : ''}`;
}

/** A valid ID number, distinct for the first 63,000 `i`. */
function idNumber(i: number): string {
  const first17 = `14090${String(1 + (i % 9))}2011${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

export const juniorOf = (i: number) => ({
  _id: `bench-junior-${i % BENCH_JUNIORS}`,
  name: `${DISTRICTS[i % DISTRICTS.length]}第${(i % BENCH_JUNIORS) + 1}初级中学`,
  district: DISTRICTS[i % DISTRICTS.length] ?? '忻府区',
});

export const YEAR = 2027;
export const APRIL = new Date('2027-04-20T10:00:00+08:00');
export const JULY = new Date('2027-07-10T10:00:00+08:00');
export const AUGUST = new Date('2027-08-26T09:00:00+08:00');
const NOTICE = { reportOn: '2027-08-26', place: '学校报到处', bring: '录取通知书' };

export interface CityShape {
  /** students enrolled at the largest school, in its three majors */
  enrolled: number;
  /** schools in the city, the largest one included */
  schools: number;
  leadsPerOtherSchool: number;
}

/** Writes the city into the emulator's store (on top of the demo seed); answers what the benches count. */
export function writeSeasonEndCity(store: Store, shape: CityShape) {
  const juniors = Array.from({ length: BENCH_JUNIORS }, (_v, i) => juniorOf(i));
  const enrolled = Array.from({ length: shape.enrolled }, (_v, i) => {
    const id = idNumber(i);
    const major = BENCH_MAJORS[i % BENCH_MAJORS.length] ?? BENCH_MAJORS[0];
    const junior = juniorOf(i);
    const name = nameOf(i);
    return {
      form: {
        _id: `bench-form-${i}`,
        openid: `bench-family-${i}`,
        year: YEAR,
        revision: 1,
        status: 'active',
        studentKey: keyedHash(id),
        requestId: `r-${i}`,
        filledBy: 'student',
        student: {
          name,
          gender: i % 2 ? 'male' : 'female',
          idCipher: encrypt(id),
          idMasked: 'x',
          birthDate: new Date(`2011-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`),
          phone: `138${String(10_000_000 + i * 7919).slice(-8)}`,
          juniorSchoolId: junior._id,
          juniorSchoolName: junior.name,
          group: i % 9 ? 'current-graduate' : 'earlier-graduate',
          graduationYear: i % 9 ? 2027 : 2026,
        },
        choices: [
          {
            brochureId: 'brochure-xz-vocational-v2',
            majorId: major?.majorId,
            rank: 1,
            schoolId: BENCH_SCHOOL_ID,
            schoolName: '忻州市职业技术学校',
            majorName: major?.majorName,
            brochureVersion: 2,
          },
        ],
        declarations: { selfFilled: JULY, voluntary: JULY, noGeneralHighSchool: JULY },
        consent: { personalData: JULY, guardianConsent: null },
        leadSchools: [BENCH_SCHOOL_ID],
        placement: 'enrolled',
        createdAt: JULY,
        updatedAt: AUGUST,
      },
      lead: {
        _id: `bench-lead-${i}`,
        formId: `bench-form-${i}`,
        year: YEAR,
        schoolId: BENCH_SCHOOL_ID,
        schoolName: '忻州市职业技术学校',
        recruiterStaffId: null,
        status: 'enrolled',
        studentName: name,
        juniorSchoolId: junior._id,
        majors: [{ rank: 1, majorName: major?.majorName }],
        studentKey: keyedHash(id),
        group: 'current-graduate',
        admission: { ...major, rank: 1, at: JULY, staffName: '赵主任', notice: NOTICE },
        enrollment: { at: AUGUST, staffName: '赵主任' },
        history: [],
        createdAt: APRIL,
        updatedAt: AUGUST,
      },
    };
  });
  const template = schools.find((s) => s._id === BENCH_SCHOOL_ID);
  const brochure = brochures.find((b) => b._id === 'brochure-xz-vocational-v2');
  const series = brochureSeries.find((s) => s.schoolId === BENCH_SCHOOL_ID);
  if (!template || !brochure || !series) throw new Error('bench: the seed has no 忻州市职业技术学校 brochure');
  const others = Array.from({ length: shape.schools - 1 }, (_v, k) => {
    const schoolId = `bench-school-${k}`;
    const name = `${DISTRICTS[k % DISTRICTS.length]}基准职业学校${String(k).padStart(2, '0')}`;
    return {
      school: { ...template, _id: schoolId, name },
      brochure: {
        ...brochure,
        _id: `bench-brochure-${k}`,
        schoolId,
        schoolName: name,
        ...(brochure.filing ? { filing: { ...brochure.filing, number: `忻教职招备〔2027〕${200 + k}号` } } : {}),
      },
      series: { ...series, _id: `${schoolId}-${YEAR}`, schoolId, currentApprovedId: `bench-brochure-${k}` },
    };
  });
  const otherLeads = others.flatMap(({ school }, k) =>
    Array.from({ length: shape.leadsPerOtherSchool }, (_v, i) => {
      const major = BENCH_MAJORS[i % BENCH_MAJORS.length] ?? BENCH_MAJORS[0];
      const status = (['new', 'contacted', 'admitted', 'enrolled'] as const)[i % 4] ?? 'new';
      const held = status === 'admitted' || status === 'enrolled';
      return {
        _id: `bench-other-${k}-${i}`,
        formId: `bench-other-form-${k}-${i}`,
        year: YEAR,
        schoolId: school._id,
        schoolName: school.name,
        recruiterStaffId: null,
        status,
        studentName: nameOf(k * 1000 + i),
        juniorSchoolId: juniorOf(i)._id,
        majors: [{ rank: 1, majorName: major?.majorName }],
        studentKey: `k-${k}-${i}`,
        group: i % 9 === 0 ? 'earlier-graduate' : 'current-graduate',
        ...(held ? { admission: { ...major, rank: 1, at: JULY, staffName: '管理员', notice: NOTICE } } : {}),
        ...(status === 'enrolled' ? { enrollment: { at: AUGUST, staffName: '管理员' } } : {}),
        history: [],
        createdAt: APRIL,
        updatedAt: AUGUST,
      };
    }),
  );
  const cards = cardsFor({
    series: others.map((o) => o.series) as never,
    brochures: others.map((o) => o.brochure) as never,
    schools: others.map((o) => o.school) as never,
  });
  store.write([
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
  ]);
  return { others, leads: enrolled.length + otherLeads.length };
}
