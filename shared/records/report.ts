import { z } from 'zod';
import { dateSchema, idSchema, phoneSchema } from './common';

/** R19: families can report intermediaries, payments for students or false publicity. */
export const reportCategorySchema = z.enum(['intermediary', 'payment', 'false-publicity', 'other'], {
  error: '请选择举报类型',
});
export const reportCategoryLabels: Record<z.infer<typeof reportCategorySchema>, string> = {
  intermediary: '中介招生',
  payment: '有偿招生/索要费用',
  'false-publicity': '虚假宣传',
  other: '其他违规行为',
};

export const reportSchema = z.object({
  _id: idSchema,
  openid: z.string(),
  category: reportCategorySchema,
  description: z.string(),
  schoolName: z.string().optional(),
  contactPhone: phoneSchema.optional(),
  status: z.enum(['received', 'handled']),
  createdAt: dateSchema,
});
export type Report = z.infer<typeof reportSchema>;
