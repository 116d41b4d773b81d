import { z } from 'zod';
import { lines } from '../text';
import { dateSchema, idSchema, yearSchema } from './common';

/** One school's answer to an early-study request: still to come, or given with who and when. */
export const sideDecisionSchema = z.object({
  decision: z.enum(['pending', 'confirmed', 'declined']),
  staffId: idSchema.optional(),
  staffName: z.string().optional(),
  at: dateSchema.optional(),
  reason: z.string().optional(),
});
export type SideDecision = z.infer<typeof sideDecisionSchema>;

export const earlyStudyStatusSchema = z.enum(['pending', 'confirmed', 'declined', 'cancelled']);
export type EarlyStudyStatus = z.infer<typeof earlyStudyStatusSchema>;

export const earlyStudyStatusLabels: Record<EarlyStudyStatus, string> = {
  pending: '等待两校确认',
  confirmed: '两校均已确认',
  declined: '未获同意',
  cancelled: '已取消',
};

/**
 * R8: a student's request to start early at one of the schools on their form, which the junior
 * high and that school each confirm. `activeKey` (the form's id) exists only while the request
 * stands (pending or confirmed), so a form has at most one standing request (a unique index).
 * It holds only what R8's confirmation needs: junior-high staff see nothing else of the form (R23).
 */
export const earlyStudySchema = z.object({
  _id: idSchema,
  year: yearSchema,
  formId: idSchema,
  openid: z.string(),
  activeKey: z.string().optional(),
  studentName: z.string(),
  juniorSchoolId: idSchema,
  juniorSchoolName: z.string(),
  schoolId: idSchema,
  schoolName: z.string(),
  majorName: z.string(),
  status: earlyStudyStatusSchema,
  junior: sideDecisionSchema,
  school: sideDecisionSchema,
  /** why it was cancelled (the form withdrawn, the school dropped from it) */
  cancelledReason: z.string().optional(),
  createdAt: dateSchema,
  updatedAt: dateSchema,
});
export type EarlyStudy = z.infer<typeof earlyStudySchema>;

/** A decline's reason, as staff type it. */
export const declineReasonSchema = lines('请填写不同意的原因').min(2, '请填写不同意的原因').max(200, '原因请不超过 200 个字');
