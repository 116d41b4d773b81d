import { z } from 'zod';
import { studentSchema } from '../choice-form';
import { idSchema, phoneSchema } from '../records/common';
import { disputeStatusSchema } from '../records/dispute';
import { lines } from '../text';

/** `disputeRaise`: "someone else used my child's ID number first" — the family asks the bureau to check (R7, R6). */
export const disputeRaiseInput = z.object({
  idNumber: studentSchema.shape.idNumber,
  phone: phoneSchema,
  note: lines('请简要说明情况').min(5, '请简要说明情况（至少 5 个字）').max(300, '说明请不超过 300 字'),
});
export const disputeRaiseOutput = z.object({ disputeId: idSchema, status: disputeStatusSchema, statusLabel: z.string() });

/** `disputeMine`: the family's own requests and what became of them — never the other form. */
export const disputeMineInput = z.object({});
export const disputeMineOutput = z.object({
  items: z.array(
    z.object({
      id: idSchema,
      idMasked: z.string(),
      status: disputeStatusSchema,
      statusLabel: z.string(),
      reason: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});

/** `disputeList`: the bureau's open disputes beside the form they are about. */
export const disputeListInput = z.object({ status: disputeStatusSchema.default('open') });
export const disputeListOutput = z.object({
  items: z.array(
    z.object({
      id: idSchema,
      idMasked: z.string(),
      status: disputeStatusSchema,
      raiser: z.object({ openid: z.string(), phone: z.string(), note: z.string() }),
      /** the form filed first, as the bureau needs it to judge */
      form: z
        .object({
          formId: idSchema,
          status: z.string(),
          studentName: z.string(),
          juniorSchoolName: z.string(),
          filledBy: z.string(),
          filerOpenid: z.string(),
          phone: z.string(),
          guardianPhone: z.string().nullable(),
          submittedAt: z.string(),
        })
        .nullable(),
      decision: z.object({ staffName: z.string(), at: z.string(), reason: z.string() }).nullable(),
      createdAt: z.string(),
    }),
  ),
});

/** `disputeDecide`: the bureau voids the other form (withdrawn with the reason; its filer and schools told) or keeps it. */
export const disputeDecideInput = z.object({
  id: idSchema,
  decision: z.enum(['void', 'reject']),
  reason: lines('请填写核查结论').min(2, '请填写核查结论').max(300, '结论请不超过 300 字'),
});
export const disputeDecideOutput = z.object({ id: idSchema, status: disputeStatusSchema });
