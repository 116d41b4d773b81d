import { z } from 'zod';
import { dateSchema, idSchema, revisionSchema, yearSchema } from './common';
import { majorModeSchema } from './major';
import { schoolKindSchema } from './school';
import { line, lines } from '../text';

/**
 * A brochure version's life: a school admin drafts and submits it; the bureau approves (files) or
 * rejects it. Approving a newer version supersedes the older approved one; withdrawal hides it from
 * new choices. Only `approved` is ever offered to families (R2). A submitted version never changes:
 * an edit is a new version (R3).
 */
export const brochureStatusSchema = z.enum(['draft', 'submitted', 'approved', 'rejected', 'superseded', 'withdrawn']);
export type BrochureStatus = z.infer<typeof brochureStatusSchema>;

export const brochureStatusLabels: Record<BrochureStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  approved: '已备案',
  rejected: '已退回',
  superseded: '已被新版本替代',
  withdrawn: '已撤回',
};

/** A major as the version states it: a copy of the registry at the time, so what is shown is what was approved. */
export const brochureMajorSchema = z.object({
  majorId: idSchema,
  name: z.string().min(1),
  category: z.string().min(1),
  places: z.number().int().positive(),
  durationYears: z.number().int().min(2).max(5),
  mode: majorModeSchema,
});
export type BrochureMajor = z.infer<typeof brochureMajorSchema>;

export const feeItemSchema = z.object({
  item: line().min(1, '请填写收费项目名称').max(20, '收费项目名称请不超过 20 个字'),
  standard: line().min(1, '请填写收费标准').max(60, '收费标准请不超过 60 个字'),
  amountYuan: z.number({ error: '请填写金额（元）' }).min(0, '金额不能为负数').max(100000, '金额过大'),
  /** R16: tuition, which is exempt for full-time students */
  isTuition: z.boolean(),
});
export type FeeItem = z.infer<typeof feeItemSchema>;
/** A fee item as stored: read as it was written, whatever later input rules say. */
const storedFeeItemSchema = z.object({ item: z.string(), standard: z.string(), amountYuan: z.number(), isTuition: z.boolean() });

export const filingSchema = z.object({ number: z.string().min(1), date: dateSchema, reviewerName: z.string() });

/** What a school admin writes (R3 lists the minimum). A draft may be incomplete; a submission may not. */
export const brochureFactsSchema = z.object({
  title: line().max(60, '标题请不超过 60 个字'),
  campusAddress: line().max(100, '地址请不超过 100 个字'),
  majors: z.array(z.object({ majorId: idSchema, places: z.number().int().positive('计划招生人数须大于 0').max(5000, '计划招生人数过大') })).max(50),
  internship: lines().max(300, '实习安排请不超过 300 个字'),
  subsidyPolicy: lines().max(500, '资助政策请不超过 500 个字'),
  fees: z.array(feeItemSchema).max(20),
  contactPhone: line().max(20),
});
export type BrochureFacts = z.infer<typeof brochureFactsSchema>;

export const brochureSchema = z.object({
  _id: idSchema,
  schoolId: idSchema,
  schoolName: z.string(),
  schoolKind: schoolKindSchema,
  district: z.string(),
  year: yearSchema,
  version: z.number().int().positive(),
  status: brochureStatusSchema,
  title: z.string(),
  campusAddress: z.string(),
  majors: z.array(brochureMajorSchema),
  internship: z.string(),
  subsidyPolicy: z.string(),
  fees: z.array(storedFeeItemSchema),
  contactPhone: z.string(),
  filing: filingSchema.optional(),
  rejectionReason: z.string().optional(),
  createdAt: dateSchema,
  updatedAt: dateSchema,
  /** a draft's saves, counted: a save must be based on the draft as it was read (R3) */
  revision: revisionSchema,
  submittedAt: dateSchema.optional(),
  decidedAt: dateSchema.optional(),
});
export type Brochure = z.infer<typeof brochureSchema>;

/**
 * One per school and year: which version families see and the last version number. Every decision
 * updates it in the same transaction, so two decisions on one school's brochures cannot interleave.
 */
export const brochureSeriesSchema = z.object({
  _id: idSchema,
  schoolId: idSchema,
  year: yearSchema,
  latestVersion: z.number().int().min(0),
  currentApprovedId: idSchema.nullable(),
  /** the school's one open draft, if any */
  draftId: idSchema.nullable(),
});
export type BrochureSeries = z.infer<typeof brochureSeriesSchema>;

/** The facts of a stored version, as the editor holds them. */
export function factsOf(b: Brochure): BrochureFacts {
  return {
    title: b.title,
    campusAddress: b.campusAddress,
    majors: b.majors.map(({ majorId, places }) => ({ majorId, places })),
    internship: b.internship,
    subsidyPolicy: b.subsidyPolicy,
    fees: b.fees,
    contactPhone: b.contactPhone,
  };
}

export function seriesId(schoolId: string, year: number): string {
  return `${schoolId}-${year}`;
}

/** A reviewer's decision, kept for good: who decided what, when and why (R2, R4). */
export const reviewDecisionSchema = z.object({
  _id: idSchema,
  brochureId: idSchema,
  schoolId: idSchema,
  version: z.number().int().positive(),
  decision: z.enum(['approved', 'rejected', 'withdrawn']),
  reason: z.string().optional(),
  filingNumber: z.string().optional(),
  reviewerStaffId: idSchema,
  reviewerName: z.string(),
  at: dateSchema,
});
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;
