import { z } from 'zod';
import { phoneSchema } from '../records/common';
import { reportCategorySchema } from '../records/report';
import { line, lines } from '../text';

/** `reports`: a family reports a violation of the enrollment rules (R19). */
export const reportInput = z.object({
  category: reportCategorySchema,
  description: lines('请描述您遇到的情况')
    .min(10, '请至少用 10 个字描述您遇到的情况')
    .max(500, '描述请不要超过 500 个字'),
  schoolName: line().max(60, '学校名称过长').optional(),
  contactPhone: phoneSchema.optional(),
});
export type ReportInput = z.infer<typeof reportInput>;

export const reportOutput = z.object({ reportId: z.string(), receivedAt: z.string() });
