import { z } from 'zod';
import { dateSchema, idSchema } from './common';

/** 学制: plain three years, 3+2 (中高职衔接), or five-year integrated (五年一贯制). */
export const majorModeSchema = z.enum(['three-year', 'three-plus-two', 'five-year']);
export type MajorMode = z.infer<typeof majorModeSchema>;

export const majorModeLabels: Record<MajorMode, string> = {
  'three-year': '三年制',
  'three-plus-two': '3+2 中高职衔接',
  'five-year': '五年一贯制',
};

export const majorSchema = z.object({
  _id: idSchema,
  schoolId: idSchema,
  name: z.string().min(2).max(40),
  category: z.string().min(1),
  /** R5: only majors filed with the education authority may recruit */
  filed: z.boolean(),
  filingNumber: z.string().optional(),
  durationYears: z.number().int().min(2).max(5),
  mode: majorModeSchema,
  /** when the registry entry last changed: an edit must be based on it (R22) */
  updatedAt: dateSchema.optional(),
});
export type Major = z.infer<typeof majorSchema>;
