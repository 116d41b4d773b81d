import { z } from 'zod';
import { learnerGroupSchema } from '../choice-form';
import { districtName, line } from '../text';
import { dateSchema, idSchema, yearSchema } from './common';

/**
 * R12: the monthly statistics table (招生情况统计表). A unit is a city school (it reports itself) or
 * a district (its bureau reports the district's own schools).
 */
export const monthlyUnitSchema = z.discriminatedUnion(
  'kind',
  [z.object({ kind: z.literal('school'), schoolId: idSchema }), z.object({ kind: z.literal('district'), district: districtName() })],
  { error: '请选择填报单位' },
);
export type MonthlyUnit = z.infer<typeof monthlyUnitSchema>;

/** A month of the year, 1–12. */
export const monthSchema = z.number({ error: '请选择月份' }).int('请选择月份').min(1, '月份应为 1–12').max(12, '月份应为 1–12');

const count = z.number().int().min(0);

/**
 * The four counted figures of a period (R12):
 * - choices (志愿): students who chose the school, counted once each under the major they ranked
 *   first there, by when they chose it; a withdrawn choice is not counted;
 * - admitted (录取): admissions that stand or were taken — status admitted, enrolled or left —
 *   under the admitted major, by the admission's time (released and lost ones gave the place back);
 * - enrolled (报到): students who reported — status enrolled or left (who left had reported) — by
 *   the 报到 time;
 * - registered (注册): of those, the ones the school confirmed registered, by the registration time.
 */
export const figuresSchema = z.object({ choices: count, admitted: count, enrolled: count, registered: count });
export type Figures = z.infer<typeof figuresSchema>;

/** One line of the table: a school's major, its planned places, this month and to the end of the month. */
export const monthlyRowSchema = z.object({
  schoolId: idSchema,
  schoolName: z.string(),
  /** null: a major the leads name that the approved brochure does not list */
  majorId: idSchema.nullable(),
  majorName: z.string(),
  /** planned places in the approved brochure (计划) */
  planned: count,
  month: figuresSchema,
  toDate: figuresSchema,
});
export type MonthlyRow = z.infer<typeof monthlyRowSchema>;

/** The same figures by learner group (R18) over the whole unit. */
export const monthlyGroupRowSchema = z.object({ group: learnerGroupSchema, label: z.string(), month: figuresSchema, toDate: figuresSchema });
export type MonthlyGroupRow = z.infer<typeof monthlyGroupRowSchema>;

/** The table's figures as counted at `countedAt`. */
export const monthlyTableSchema = z.object({
  year: yearSchema,
  month: monthSchema,
  unit: monthlyUnitSchema,
  unitName: z.string(),
  rows: z.array(monthlyRowSchema),
  groups: z.array(monthlyGroupRowSchema),
  totals: z.object({ planned: count, month: figuresSchema, toDate: figuresSchema }),
  countedAt: dateSchema,
});
export type MonthlyTable = z.infer<typeof monthlyTableSchema>;

/** 填表人 and the number the bureau calls about the table. */
export const preparerSchema = z.object({
  name: line('请填写填表人姓名').min(2, '请填写填表人姓名').max(20, '姓名请不超过 20 个字'),
  phone: z
    .string()
    .trim()
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '请填写正确的手机号或带区号的固定电话'),
});

/** Which unit's month a stored document is about. */
const unitMonthSchema = z.object({
  _id: idSchema,
  year: yearSchema,
  month: monthSchema,
  /** `school:<id>` or `district:<name>` (unitKeyOf), for finding a unit's report in a list */
  unitKey: z.string().min(1).max(80),
});

/** A unit's table for one month as submitted: frozen, whatever the leads do afterwards. */
export const monthlyReportSchema = unitMonthSchema.extend({
  table: monthlyTableSchema,
  preparer: preparerSchema,
  submittedAt: dateSchema,
  submittedByStaffId: idSchema,
  submittedByName: z.string(),
  /** submitted after the month's due day */
  late: z.boolean(),
});
export type MonthlyReport = z.infer<typeof monthlyReportSchema>;

/**
 * R12: a submitted table the city bureau sent back for correction — the frozen copy as it was,
 * why, who and when, and the day the unit may resubmit through (even after the month has ended).
 * Kept: a return never erases what was submitted.
 */
export const monthlyReportReturnSchema = unitMonthSchema.extend({
  report: monthlyReportSchema,
  /** 1 for the unit-month's first return, then 2, 3…: the latest is the highest (several returns may share one instant) */
  sequence: z.number().int().min(1).default(1),
  reason: z.string().min(2).max(200),
  returnedAt: dateSchema,
  returnedByStaffId: idSchema,
  returnedByName: z.string(),
  /** YYYY-MM-DD, Asia/Shanghai: the last day the unit may submit again */
  resubmitBy: z.string(),
});
export type MonthlyReportReturn = z.infer<typeof monthlyReportReturnSchema>;

export function unitKeyOf(unit: MonthlyUnit): string {
  return unit.kind === 'school' ? `school:${unit.schoolId}` : `district:${unit.district}`;
}
