import { z } from 'zod';
import { brochureStatusSchema } from '../records/brochure';
import { idSchema } from '../records/common';
import { line, lines } from '../text';

/** `reviewQueue`: the submitted brochures this reviewer may decide, oldest first. */
export const reviewQueueInput = z.object({}).strict();
export const reviewQueueOutput = z.object({
  items: z.array(
    z.object({ id: idSchema, schoolName: z.string(), district: z.string(), version: z.number().int(), title: z.string(), submittedAt: z.string() }),
  ),
});

/** `reviewDecide`: approve with a filing number, reject with a reason, or withdraw an approved brochure. */
export const reviewDecideInput = z.discriminatedUnion('decision', [
  z.object({ brochureId: idSchema, decision: z.literal('approve'), filingNumber: line().min(1, '请填写备案编号').max(40, '备案编号过长') }),
  z.object({
    brochureId: idSchema,
    decision: z.literal('reject'),
    reason: lines().min(5, '请写明退回原因（至少 5 个字），学校会看到').max(300, '退回原因请不超过 300 个字'),
  }),
  z.object({
    brochureId: idSchema,
    decision: z.literal('withdraw'),
    reason: lines().min(5, '请写明撤回原因（至少 5 个字）').max(300, '撤回原因请不超过 300 个字'),
  }),
]);
export type ReviewDecideInput = z.infer<typeof reviewDecideInput>;
export const reviewDecideOutput = z.object({ id: idSchema, status: brochureStatusSchema });
