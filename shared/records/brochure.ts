import { z } from 'zod';
import { dateSchema, idSchema, phoneSchema, yearSchema } from './common';
import { majorModeSchema } from './major';

/**
 * A brochure version's life: a school admin drafts and submits it; the bureau approves (filing it)
 * or rejects it. A newer approved version supersedes the older one; withdrawal hides it from new
 * choices. Only `approved` is ever shown to families (R2).
 */
export const brochureStatusSchema = z.enum(['draft', 'submitted', 'approved', 'rejected', 'superseded', 'withdrawn']);
export type BrochureStatus = z.infer<typeof brochureStatusSchema>;

export const brochureMajorSchema = z.object({
  majorId: idSchema,
  name: z.string().min(1),
  places: z.number().int().positive(),
  durationYears: z.number().int().min(2).max(5),
  mode: majorModeSchema,
});

export const feeItemSchema = z.object({
  item: z.string().min(1),
  standard: z.string().min(1),
  amountYuan: z.number().min(0),
  /** R16: a tuition item where tuition is exempt must charge nothing */
  isTuition: z.boolean(),
});

export const filingSchema = z.object({ number: z.string().min(1), date: dateSchema, reviewerName: z.string() });

export const brochureSchema = z.object({
  _id: idSchema,
  schoolId: idSchema,
  schoolName: z.string(),
  district: z.string(),
  year: yearSchema,
  version: z.number().int().positive(),
  status: brochureStatusSchema,
  title: z.string().min(1),
  campusAddress: z.string().min(1),
  majors: z.array(brochureMajorSchema),
  internship: z.string(),
  subsidyPolicy: z.string(),
  fees: z.array(feeItemSchema),
  contactPhone: phoneSchema,
  filing: filingSchema.optional(),
  rejectionReason: z.string().optional(),
  createdAt: dateSchema,
  updatedAt: dateSchema,
});
export type Brochure = z.infer<typeof brochureSchema>;
