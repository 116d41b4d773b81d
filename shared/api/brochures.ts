import { z } from 'zod';
import { brochureSchema } from '../records/brochure';
import { idSchema } from '../records/common';
import { schoolKindSchema } from '../records/school';
import { line } from '../text';

/** `brochureList`: the approved brochures families may see, searched and filtered, a page at a time. */
export const brochureListInput = z.object({
  keyword: line().max(30, '搜索词请不超过 30 个字').optional(),
  category: line().max(30).optional(),
  district: line().max(30).optional(),
  schoolKind: schoolKindSchema.optional(),
  page: z.number().int().min(1).max(1000).default(1),
  pageSize: z.number().int().min(1).max(20).default(10),
});
export type BrochureListInput = z.input<typeof brochureListInput>;

export const brochureSummarySchema = z.object({
  id: idSchema,
  schoolName: z.string(),
  schoolKind: schoolKindSchema,
  district: z.string(),
  title: z.string(),
  majors: z.array(z.string()),
  totalPlaces: z.number().int(),
  filingNumber: z.string(),
});
export type BrochureSummary = z.infer<typeof brochureSummarySchema>;

export const brochureListOutput = z.object({
  items: z.array(brochureSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: z.object({ categories: z.array(z.string()), districts: z.array(z.string()) }),
});
export type BrochureListOutput = z.infer<typeof brochureListOutput>;

/** `brochureDetail`: one approved brochure with every R3 fact and its filing mark. */
export const brochureDetailInput = z.object({ id: idSchema });

export const brochureDetailOutput = brochureSchema
  .pick({
    version: true,
    schoolId: true,
    schoolName: true,
    schoolKind: true,
    district: true,
    title: true,
    campusAddress: true,
    majors: true,
    internship: true,
    subsidyPolicy: true,
    fees: true,
    contactPhone: true,
  })
  .extend({
    id: idSchema,
    filing: z.object({ mark: z.string(), number: z.string(), date: z.string() }),
    /** set when the brochure is shown only because the caller chose it before it was withdrawn (R4) */
    notice: z.string().nullable(),
  });
export type BrochureDetail = z.infer<typeof brochureDetailOutput>;

/** `brochureCheck`: may this brochure (and major) be shown or chosen now, and if not, which rule says no. */
export const brochureCheckInput = z.strictObject({
  brochureId: idSchema,
  majorId: idSchema.optional(),
  purpose: z.enum(['show', 'choose']).default('choose'),
});

export const brochureCheckOutput = z.object({
  allowed: z.boolean(),
  rule: z.enum(['R1', 'R2', 'R4', 'R5', 'R9']).optional(),
  reason: z.string().optional(),
});
