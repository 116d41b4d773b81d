import { z } from 'zod';
import { idSchema } from '../records/common';
import { declineReasonSchema, earlyStudyStatusSchema } from '../records/early-study';

const sideView = z.object({
  decision: z.enum(['pending', 'confirmed', 'declined']),
  staffName: z.string().nullable(),
  at: z.string().nullable(),
  reason: z.string().nullable(),
});

/** An early-study request as each party sees it: R8's facts only, nothing else of the form (R23). */
export const earlyStudyView = z.object({
  id: idSchema,
  /** the form it belongs to: for the family only (staff see R8's facts, not the form, R23) */
  formId: idSchema.nullable(),
  studentName: z.string(),
  juniorSchoolName: z.string(),
  schoolName: z.string(),
  majorName: z.string(),
  status: earlyStudyStatusSchema,
  statusLabel: z.string(),
  junior: sideView,
  school: sideView,
  cancelledReason: z.string().nullable(),
  createdAt: z.string(),
  /** whether the caller may answer it now (their side, still pending) */
  mayDecide: z.boolean(),
});
export type EarlyStudyView = z.infer<typeof earlyStudyView>;

/** `earlyStudyRequest`: the family asks to start early at one of the schools on their active form (R8). */
export const earlyStudyRequestInput = z.object({ formId: idSchema, schoolId: idSchema });
export const earlyStudyRequestOutput = earlyStudyView;

/** `earlyStudyDecide`: the junior high or the receiving school confirms, or declines with a reason. */
export const earlyStudyDecideInput = z.discriminatedUnion('decision', [
  z.object({ id: idSchema, decision: z.literal('confirm') }),
  z.object({ id: idSchema, decision: z.literal('decline'), reason: declineReasonSchema }),
]);
export const earlyStudyDecideOutput = earlyStudyView;

/** `earlyStudyList`: the requests the caller may see — their own (family), their school's, or the bureau's. */
export const earlyStudyListInput = z.object({ status: earlyStudyStatusSchema.optional(), page: z.number().int().min(1).max(1000).default(1) });
export const earlyStudyListOutput = z.object({
  items: z.array(earlyStudyView),
  total: z.number().int(),
  page: z.number().int(),
  /** the season's first day of early study (R8) */
  from: z.string(),
});

/** `earlyStudyExport`: the bureau's list as a spreadsheet, the record of hand-over (学生管理移交的依据). */
export const earlyStudyExportInput = z.object({ status: earlyStudyStatusSchema.optional() });
export const earlyStudyExportOutput = z.object({ fileName: z.string(), content: z.string() });
