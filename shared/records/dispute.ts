import { z } from 'zod';
import { dateSchema, idSchema, yearSchema } from './common';

export const disputeStatusSchema = z.enum(['open', 'voided', 'rejected']);
export type DisputeStatus = z.infer<typeof disputeStatusSchema>;
export const disputeStatusLabels: Record<DisputeStatus, string> = {
  open: '已提交，等待教育局核查',
  voided: '核查属实，他人提交的志愿表已作废，您现在可以填报',
  rejected: '核查后未作废',
};

/**
 * R7, R6: a family whose student's ID number already has an active form filed from another WeChat
 * identity asks the bureau to check. It names the other form only for the bureau; the family is
 * never shown that form or who filed it. `activeKey` (raiser + student) exists while it is open,
 * so a family has one open dispute per student.
 */
export const disputeSchema = z.object({
  _id: idSchema,
  year: yearSchema,
  studentKey: z.string(),
  idMasked: z.string(),
  /** the other identity's active form when the dispute was raised */
  formId: idSchema,
  raiserOpenid: z.string(),
  phone: z.string(),
  note: z.string(),
  status: disputeStatusSchema,
  activeKey: z.string().optional(),
  decision: z.object({ staffId: idSchema, staffName: z.string(), at: dateSchema, reason: z.string() }).optional(),
  createdAt: dateSchema,
});
export type Dispute = z.infer<typeof disputeSchema>;
