import type { Season } from './records/season';
import type { Brochure, BrochureFacts } from './records/brochure';
import type { Major } from './records/major';
import { isQualified, type School } from './records/school';
import type { Staff } from './records/staff';
import type { FieldErrors } from './result';
import { isWithin } from './windows';
import { isPublished, publishedCondition, type PublishedCondition } from './brochure-lifecycle';

/** R16: a fee item is tuition if it says so or is called so, whatever its flag. */
function chargesTuition(fee: { item: string; isTuition: boolean; amountYuan: number }): boolean {
  return (fee.isTuition || /学费/.test(fee.item)) && fee.amountYuan > 0;
}

/**
 * R3 and R16: what stops a version from being submitted, field by field, in words a school admin
 * can act on. Empty when it may be submitted.
 */
export function submissionProblems(facts: BrochureFacts, season: Pick<Season, 'tuitionExempt'>): FieldErrors {
  const problems: FieldErrors = {};
  const required: Array<[keyof BrochureFacts, string]> = [
    ['title', '请填写简章标题'],
    ['campusAddress', '请填写办学地址'],
    ['internship', '请填写实习时间与安排'],
    ['subsidyPolicy', '请填写资助政策'],
    ['contactPhone', '请填写招生咨询电话'],
  ];
  for (const [field, message] of required) if (!String(facts[field]).trim()) problems[field] = message;
  if (facts.contactPhone.trim() && !/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/.test(facts.contactPhone.trim())) {
    problems.contactPhone = '请填写正确的手机号或带区号的固定电话';
  }
  if (facts.majors.length === 0) problems.majors = '请至少列出一个招生专业及计划人数';
  if (new Set(facts.majors.map((m) => m.majorId)).size !== facts.majors.length) problems.majors = '同一专业请只列一次';
  if (facts.fees.length === 0) problems.fees = '请列出收费项目与收费标准；免学费也请写明';
  facts.fees.forEach((fee, i) => {
    if (season.tuitionExempt && chargesTuition(fee)) problems[`fees.${i}.amountYuan`] = '中职全日制学生免学费，学费金额应为 0';
  });
  return problems;
}

/** R5 and R3: the majors a version lists must be this school's own and filed; each problem by position. */
export function majorProblems(facts: BrochureFacts, schoolId: string, registry: Major[]): FieldErrors {
  const problems: FieldErrors = {};
  facts.majors.forEach((m, i) => {
    const major = registry.find((r) => r._id === m.majorId);
    if (!major || major.schoolId !== schoolId) problems[`majors.${i}.majorId`] = '该专业不属于本校';
    else if (!major.filed) problems[`majors.${i}.majorId`] = `“${major.name}”未经教育行政部门备案，不能招生`;
  });
  return problems;
}

/** R2: district schools are decided by their own district's bureau, city schools by the city's. */
export function mayDecide(reviewer: Pick<Staff, 'role' | 'level' | 'district'>, brochure: Pick<Brochure, 'schoolKind' | 'district'>): boolean {
  if (reviewer.role !== 'reviewer') return false;
  if (brochure.schoolKind === 'city') return reviewer.level === 'city';
  return reviewer.level === 'district' && reviewer.district === brochure.district;
}

export type ReviewScope = { schoolKind: 'city' } | { schoolKind: 'district'; district: string };

/** The query scope of a reviewer's queue, matching `mayDecide`. */
export function reviewScope(reviewer: Pick<Staff, 'level' | 'district'>): ReviewScope {
  return reviewer.level === 'city' ? { schoolKind: 'city' } : { schoolKind: 'district', district: reviewer.district ?? '' };
}

export type Purpose = 'show' | 'choose';

export interface Verdict {
  allowed: boolean;
  /** the rule that says no */
  rule?: 'R1' | 'R2' | 'R4' | 'R5' | 'R9';
  reason?: string;
}

export interface VerificationFacts {
  brochure: Brochure;
  school: School | null;
  /** the registry's record of the chosen major, when a major is asked about */
  major?: Major | null;
  majorId?: string;
  /** the version families see now for this school and year */
  currentApprovedId: string | null;
  now: Date;
  season: Season;
  purpose: Purpose;
}

const no = (rule: NonNullable<Verdict['rule']>, reason: string): Verdict => ({ allowed: false, rule, reason });

/** Why a brochure that is not published is not: the first rule it fails, in the order a family would ask. */
function whyNotPublished(f: VerificationFacts, condition: PublishedCondition): Verdict {
  const { brochure, season } = f;
  if (brochure.status === 'withdrawn') return no('R2', '该招生简章已撤回，不再接受新的志愿');
  if (brochure.status === 'superseded') return no('R2', '该招生简章已有新版本，请查看最新版本');
  if (brochure.status !== 'approved') return no('R2', '该招生简章尚未经教育局审查备案，不能公布');
  if (brochure.year !== season.year) return no('R4', `该招生简章属于${brochure.year}年，不是本年度的招生信息`);
  if (condition.none) return no('R4', '本年度招生工作已结束');
  return no('R1', '该学校不具备本年度招生资质或未通过年检');
}

/**
 * May this brochure (and major) be shown, or chosen, now? Published (shared/brochure-lifecycle.ts:
 * the same condition the lists query), the current version, the major filed and in this version,
 * inside the window — and if not, which rule says no. Pure: the caller loads the facts.
 */
export function verifyBrochure(f: VerificationFacts): Verdict {
  const { brochure, season } = f;
  const qualified = f.school && isQualified(f.school, season.year) ? [f.school._id] : [];
  const condition = publishedCondition(season, f.now, qualified);
  if (!isPublished(condition, brochure)) return whyNotPublished(f, condition);
  if (f.currentApprovedId !== brochure._id) return no('R2', '该招生简章已有新版本，请查看最新版本');
  if (f.majorId !== undefined) {
    if (!brochure.majors.some((m) => m.majorId === f.majorId)) return no('R5', '该专业不在这份招生简章中');
    if (!f.major?.filed) return no('R5', '该专业未经教育行政部门备案，不能招生');
  }
  if (f.purpose === 'choose' && !isWithin(season.choices, f.now)) {
    return no('R9', `志愿填报时间为 ${season.choices.start} 至 ${season.choices.end}`);
  }
  return { allowed: true };
}
