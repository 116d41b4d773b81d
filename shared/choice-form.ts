import { z } from 'zod';
import type { Season } from './records/season';
import { ageFromBirth, identityOf, isValidIdNumber, normaliseIdNumber, type StudentIdentity } from './id-number';
import { idSchema } from './records/common';
import type { FieldErrors } from './result';
import { line } from './text';

/** R18: this year's junior graduates, and the wider groups the vocational schools welcome. */
export const learnerGroupSchema = z.enum([
  'current-graduate',
  'earlier-graduate',
  'high-school-graduate',
  'veteran',
  'retired-athlete',
  'rural-youth',
  'migrant-worker',
  'laid-off-worker',
]);
export type LearnerGroup = z.infer<typeof learnerGroupSchema>;
export const learnerGroupLabels: Record<LearnerGroup, string> = {
  'current-graduate': '应届初中毕业生',
  'earlier-graduate': '往届初中毕业生',
  'high-school-graduate': '高中毕业生',
  veteran: '退役军人',
  'retired-athlete': '退役运动员',
  'rural-youth': '农村青年',
  'migrant-worker': '农民工',
  'laid-off-worker': '下岗失业人员',
};

export const scheduleSchema = z.enum(['academic-year', 'credit']);
export const scheduleLabels: Record<z.infer<typeof scheduleSchema>, string> = { 'academic-year': '学年制', credit: '学分制' };

const mobileSchema = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '请填写 11 位手机号');
const nameSchema = line().min(2, '请填写姓名').max(20, '姓名请不超过 20 个字');

export const studentSchema = z.object({
  name: nameSchema,
  gender: z.enum(['male', 'female'], { error: '请选择性别' }),
  idNumber: z.string().transform(normaliseIdNumber).refine(isValidIdNumber, '身份证号码有误，请核对（18 位，最后一位可能是 X）'),
  phone: mobileSchema,
  juniorSchoolId: idSchema,
  group: learnerGroupSchema,
  graduationYear: z.number({ error: '请填写毕业年份' }).int('请填写毕业年份').min(1950, '请填写正确的毕业年份').max(2100, '请填写正确的毕业年份'),
  schedule: scheduleSchema.optional(),
});

export const guardianSchema = z.object({
  name: nameSchema,
  relation: z.enum(['father', 'mother', 'grandparent', 'other'], { error: '请选择与学生的关系' }),
  phone: mobileSchema,
});

export const choiceSchema = z.object({ brochureId: idSchema, majorId: idSchema });

/** The declarations the form makes, each one needed (R6, R7); their times are recorded by the server. */
export const declarationsSchema = z.object({
  selfFilled: z.literal(true, { error: '请确认志愿由学生本人或家长填写' }),
  voluntary: z.literal(true, { error: '请确认完全出于自愿' }),
  noGeneralHighSchool: z.literal(true, { error: '请确认不再报考普通高中（普职不兼报）' }),
});

export const consentSchema = z.object({
  /** consent to the processing of personal data for this enrollment */
  personalData: z.literal(true, { error: '请阅读并同意个人信息处理规则' }),
  /** the guardian's consent, needed when the student is under 14 */
  guardianConsent: z.boolean(),
});

/** The most choices any season may allow; the season's own number is checked with the season (R21). */
export const MAX_CHOICES_EVER = 10;

/** 志愿填报表 as submitted; `requestId` makes a retried submit the same submission. */
export const choiceFormInput = z.object({
  requestId: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[\w-]+$/, '请求编号有误，请重新打开填报页面'),
  filledBy: z.enum(['student', 'guardian']),
  student: studentSchema,
  guardian: guardianSchema.optional(),
  choices: z.array(choiceSchema).min(1, '请至少填报一个志愿').max(MAX_CHOICES_EVER, `最多填报 ${MAX_CHOICES_EVER} 个志愿`),
  declarations: declarationsSchema,
  consent: consentSchema,
});
export type ChoiceFormInput = z.infer<typeof choiceFormInput>;

/** A form whose student may come without the ID number (a revision: the server knows the student). */
export type FormToCheck = Omit<ChoiceFormInput, 'student'> & { student: Omit<ChoiceFormInput['student'], 'idNumber'> & { idNumber?: string } };

/** PIPL: a minor under 14 needs a guardian's consent; below 18 the guardian is on the form. */
export const ADULT_AGE = 18;
export const CONSENT_AGE = 14;

/**
 * The form's rules that depend on the day (ages) and the season (R18, how many choices), field by field.
 * The client runs them for comfort; the server, with its own clock, for truth. What the ID number
 * says of the student comes from it, or, on a revision that does not repeat it, as `identity`.
 */
export function choiceFormProblems(form: FormToCheck, now: Date, s: Pick<Season, 'year' | 'maxChoices'>, identity?: StudentIdentity | null): FieldErrors {
  const problems: FieldErrors = {};
  if (form.choices.length > s.maxChoices) problems.choices = `最多填报 ${s.maxChoices} 个志愿`;
  const { student } = form;
  const known = identity ?? (student.idNumber ? identityOf(student.idNumber) : null);
  const age = known ? ageFromBirth(known.birthDate, now) : Number.NaN;
  if (known && known.gender !== student.gender) problems['student.gender'] = '性别与身份证号码不一致';
  if (age < ADULT_AGE && !form.guardian) problems.guardian = '学生未满 18 周岁，请填写监护人信息';
  if (age < CONSENT_AGE && !form.consent.guardianConsent) problems['consent.guardianConsent'] = '学生未满 14 周岁，需要监护人同意处理个人信息';
  if (form.filledBy === 'guardian' && !form.guardian) problems.guardian = '由家长填写时，请填写监护人信息';
  if (student.group === 'current-graduate' && student.graduationYear !== s.year) {
    problems['student.graduationYear'] = `应届毕业生的毕业年份应为 ${s.year} 年；往届生请选择“往届初中毕业生”`;
  }
  if (student.group !== 'current-graduate' && !student.schedule) problems['student.schedule'] = '请选择学年制或学分制';
  return { ...problems, ...repeatedChoices(form.choices) };
}

/**
 * The same school's same major chosen twice, under the later choice. On its own so the phone can
 * say it on the choices step, before the rest of the form is complete (issue 25, item 3).
 */
export function repeatedChoices(choices: ReadonlyArray<{ brochureId?: string; majorId?: string }>): FieldErrors {
  const problems: FieldErrors = {};
  const seen = new Set<string>();
  choices.forEach((c, i) => {
    if (!c.brochureId || !c.majorId) return;
    const key = `${c.brochureId}/${c.majorId}`;
    if (seen.has(key)) problems[`choices.${i}`] = '同一学校的同一专业请只填一次';
    seen.add(key);
  });
  return problems;
}
