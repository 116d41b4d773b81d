import { demoSeason as season } from './season';
import { seriesId, type Brochure, type BrochureSeries, type ReviewDecision } from '../../shared/records/brochure';
import { majors, schools } from './schools';

const { year } = season;
const at = (day: string) => new Date(`${year}-${day}T09:00:00+08:00`);

const subsidyText = '全日制正式学籍学生免除学费；一、二年级家庭经济困难学生可申请国家助学金；详见“资助政策”。';

function brochure(schoolId: string, version: number, status: Brochure['status'], extra: Partial<Brochure> = {}): Brochure {
  const school = schools.find((s) => s._id === schoolId);
  if (!school) throw new Error(`seed: unknown school ${schoolId}`);
  const offered = majors.filter((m) => m.schoolId === schoolId && m.filed);
  return {
    _id: `brochure-${schoolId.replace('school-', '')}-v${version}`,
    schoolId,
    schoolName: school.name,
    schoolKind: school.kind,
    district: school.district,
    year,
    version,
    status,
    title: `${school.name}${year}年招生简章`,
    campusAddress: school.campuses[0]?.address ?? '',
    majors: offered.map((m, i) => ({ majorId: m._id, name: m.name, category: m.category, places: 40 + i * 10, durationYears: m.durationYears, mode: m.mode })),
    internship: '第三学年到合作企业顶岗实习 6 个月，学校全程安排并购买实习保险。',
    subsidyPolicy: subsidyText,
    fees: [
      { item: '学费', standard: '免学费', amountYuan: 0, isTuition: true },
      { item: '住宿费', standard: '每生每学年 600 元（自愿住宿）', amountYuan: 600, isTuition: false },
      { item: '教材费', standard: '按实际发生代收代管，多退少补', amountYuan: 400, isTuition: false },
    ],
    contactPhone: school.phone,
    createdAt: at('02-20'),
    updatedAt: at('03-05'),
    revision: 1,
    ...(status === 'draft' ? {} : { submittedAt: at('03-05') }),
    ...extra,
  };
}

const filing = (n: string, date: string, reviewerName = '刘科长') => ({ number: `忻教职招备〔${year}〕${n}号`, date: at(date), reviewerName });

/** One brochure in each review state. */
export const brochures: Brochure[] = [
  brochure('school-xz-vocational', 1, 'superseded', { filing: filing('001', '03-06'), decidedAt: at('03-06') }),
  brochure('school-xz-vocational', 2, 'approved', { filing: filing('007', '03-12'), updatedAt: at('03-12'), decidedAt: at('03-12') }),
  brochure('school-xinfu-vocational', 1, 'approved', { filing: filing('003', '03-08', '陈老师'), updatedAt: at('03-08'), decidedAt: at('03-08') }),
  brochure('school-xinfu-vocational', 2, 'draft', { updatedAt: at('03-15') }),
  brochure('school-yuanping-vocational', 1, 'rejected', {
    rejectionReason: '收费项目中“学费”一栏与免学费政策不符，请修改后重新提交。',
    decidedAt: at('03-07'),
  }),
  brochure('school-yuanping-vocational', 2, 'submitted', { updatedAt: at('03-10'), submittedAt: at('03-10') }),
  brochure('school-xz-first-vocational', 1, 'submitted', { updatedAt: at('03-11'), submittedAt: at('03-11') }),
  brochure('school-dingxiang-vocational', 1, 'withdrawn', { filing: filing('005', '03-09', '定襄县教育局'), decidedAt: at('03-20') }),
];

/** Per school and year: the latest version number and the version families see. */
export const brochureSeries: BrochureSeries[] = Object.values(
  brochures.reduce<Record<string, BrochureSeries>>((all, b) => {
    const id = seriesId(b.schoolId, b.year);
    const series = all[id] ?? { _id: id, schoolId: b.schoolId, year: b.year, latestVersion: 0, currentApprovedId: null, draftId: null };
    series.latestVersion = Math.max(series.latestVersion, b.version);
    if (b.status === 'approved') series.currentApprovedId = b._id;
    if (b.status === 'draft') series.draftId = b._id;
    all[id] = series;
    return all;
  }, {}),
);

export const reviewDecisions: ReviewDecision[] = brochures
  .filter((b) => b.decidedAt)
  .map((b) => ({
    _id: `decision-${b._id}`,
    brochureId: b._id,
    schoolId: b.schoolId,
    version: b.version,
    decision: b.status === 'rejected' ? 'rejected' : b.status === 'withdrawn' ? 'withdrawn' : 'approved',
    ...(b.rejectionReason ? { reason: b.rejectionReason } : {}),
    ...(b.filing && b.status !== 'withdrawn' ? { filingNumber: b.filing.number } : {}),
    reviewerStaffId: b.schoolKind === 'city' ? 'staff-reviewer-city' : 'staff-reviewer-xinfu',
    reviewerName: b.filing?.reviewerName ?? '刘科长',
    at: b.decidedAt ?? b.updatedAt,
  }));
