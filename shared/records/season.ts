import { z } from 'zod';
import { dayjs, ZONE } from '../time';
import { districtName, line } from '../text';
import { dateSchema, idSchema, revisionSchema, yearSchema } from './common';
import { priorityOrderSchema } from '../allocation/schema';

/**
 * The way of admission (R25, R26): `school` — each school admits on its own desk (R25);
 * `unified` — the bureau runs one allocation over every student's ranked choices (R26).
 */
export const admissionModeSchema = z.enum(['school', 'unified'], { error: '请选择录取方式' });
export type AdmissionMode = z.infer<typeof admissionModeSchema>;

/**
 * R26: who runs a unified season's rounds after the first — `bureau`: a bureau admin commits each
 * one; `automatic`: once a round's answers are settled and places were given back, the every-minute
 * timer commits the next round itself, up to the season's `maxRounds` (then 补录).
 */
export const laterRoundsSchema = z.enum(['bureau', 'automatic'], { error: '请选择第二轮起由谁进行' });
export type LaterRounds = z.infer<typeof laterRoundsSchema>;

/** A calendar day in Shanghai, YYYY-MM-DD. Every date is picked on a wheel (DateField), so an empty one is asked to be picked. */
export const daySchema = z
  .string({ error: '请选择日期' })
  .min(1, '请选择日期')
  .regex(/^\d{4}-\d{2}-\d{2}$/, '请按“年-月-日”填写日期，例如 2027-04-01')
  .refine((d) => dayjs.tz(d, ZONE).format('YYYY-MM-DD') === d, '这一天不存在，请核对日期');

/** A window of days, first to last inclusive, read on Shanghai's calendar (R9). */
export const windowSchema = z.object({ start: daySchema, end: daySchema });
export type Window = z.infer<typeof windowSchema>;

/** The district's own quota and its total to all vocational schools (R11); sending targets per junior high come with them. */
export const districtTargetSchema = z.object({
  district: districtName(),
  ownSchoolsQuota: z.number({ error: '请填写人数' }).int('请填写整数').min(0, '人数不能为负').max(100000, '人数过大'),
  total: z.number({ error: '请填写人数' }).int('请填写整数').min(0, '人数不能为负').max(100000, '人数过大'),
});

/**
 * What the city bureau sets for a year (R21): the dates of every phase and deadline, how many
 * choices, the filing-number format and mark, the targets. Everything a function decides by date
 * reads it from here, through cloudfunctions/domains/season/season.ts.
 */
export const seasonSettingsSchema = z.object({
  publicity: windowSchema,
  /** R10: district schools and other city schools visit junior highs in different windows */
  campusVisits: z.object({ districtSchools: windowSchema, otherSchools: windowSchema }),
  choices: windowSchema,
  /** R8 */
  earlyStudyFrom: daySchema,
  admission: windowSchema,
  /** R25: days a family admitted by two schools has to choose one */
  admissionChoiceDays: z.number({ error: '请填写天数' }).int('请填写整数').min(1, '至少 1 天').max(30, '最多 30 天').default(3),
  /** R13 */
  sendingStatisticsDue: daySchema,
  /** R15 */
  registrationDeadline: daySchema,
  /** R12: the months a statistics table is due, the day it is due by, and the day late units are reminded */
  monthlyReports: z.object({
    months: z.array(z.number().int().min(1).max(12)).min(1, '请至少选择一个月份').max(12),
    dueDay: z.number().int('请填写 1–28 之间的日').min(1, '请填写 1–28 之间的日').max(28, '请填写 1–28 之间的日'),
    reminderDay: z.number().int('请填写 1–28 之间的日').min(1, '请填写 1–28 之间的日').max(28, '请填写 1–28 之间的日'),
  }),
  /** the end of the year's enrollment work (R4: published information is kept until then) */
  workEnds: daySchema,
  maxChoices: z.number({ error: '请填写志愿数' }).int('请填写整数').min(1, '至少可以填报 1 个志愿').max(10, '最多 10 个志愿'),
  /** R16: full-time students pay no tuition, so no fee item may charge it */
  tuitionExempt: z.boolean(),
  /** the filing number a reviewer gives an approved brochure, e.g. 某教职招备〔2027〕008号 */
  filingNumber: z.object({
    pattern: line('请填写备案编号格式').min(1, '请填写备案编号格式').max(100),
    example: line('请填写示例').min(1, '请填写示例').max(40),
  }),
  /** the mark an approved brochure carries (R2) */
  filingMark: line('请填写备案标识').min(2, '请填写备案标识').max(30, '备案标识请不超过 30 个字'),
  targets: z.array(districtTargetSchema).max(50),
  /** R26: seasons stored before the setting existed read as `school` */
  admissionMode: admissionModeSchema.default('school'),
  /** R26: the priorities of a unified season, in order, from the allocation's fixed menu (the lottery comes last) */
  priorities: priorityOrderSchema.default([]),
  /** R26: a unified season's later rounds, run by the bureau or automatically (seasons stored before the setting read as `bureau`) */
  laterRounds: laterRoundsSchema.default('bureau'),
  /** R26: at most this many rounds in all, the first included, when they run automatically; then 补录 */
  maxRounds: z.number({ error: '请填写最多进行几轮' }).int('请填写整数').min(2, '至少 2 轮').max(10, '最多 10 轮').default(3),
});
export type SeasonSettings = z.infer<typeof seasonSettingsSchema>;

/** What a district bureau may narrow for its own district (R21): windows inside the city's. */
export const districtNarrowingSchema = z.object({
  publicity: windowSchema.optional(),
  choices: windowSchema.optional(),
  admission: windowSchema.optional(),
});
export type DistrictNarrowing = z.infer<typeof districtNarrowingSchema>;

export const seasonSchema = seasonSettingsSchema.extend({
  _id: idSchema,
  year: yearSchema,
  districts: z.record(z.string(), districtNarrowingSchema).default({}),
  updatedAt: dateSchema,
  /** a change must be based on it (R21) */
  revision: revisionSchema,
});
export type Season = z.infer<typeof seasonSchema>;

export function seasonIdOf(year: number): string {
  return `season-${year}`;
}
