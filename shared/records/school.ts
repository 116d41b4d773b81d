import { z } from 'zod';
import { dateSchema, idSchema, phoneSchema, revisionSchema, yearSchema } from './common';

/** District schools are reviewed by their district bureau, city schools by the city bureau (R2). */
export const schoolKindSchema = z.enum(['district', 'city']);
export type SchoolKind = z.infer<typeof schoolKindSchema>;

export const campusSchema = z.object({ name: z.string().min(1), address: z.string().min(1) });

/** The province's published permission to enroll in one year; needs the annual inspection (R1). */
export const qualificationSchema = z.object({
  year: yearSchema,
  qualified: z.boolean(),
  inspectionPassed: z.boolean(),
  /** the province's announcement that lists the school (R22) */
  reference: z.string().optional(),
});

export const schoolSchema = z.object({
  _id: idSchema,
  name: z.string().min(2).max(60),
  kind: schoolKindSchema,
  district: z.string().min(1),
  campuses: z.array(campusSchema).min(1),
  phone: phoneSchema,
  qualifications: z.array(qualificationSchema),
  updatedAt: dateSchema.optional(),
  /** an edit must be based on it (R22) */
  revision: revisionSchema,
});
export type School = z.infer<typeof schoolSchema>;

/** R1: only a school with this year's qualification and a passed inspection may publish or recruit. */
export function isQualified(school: Pick<School, 'qualifications'>, year: number): boolean {
  return school.qualifications.some((q) => q.year === year && q.qualified && q.inspectionPassed);
}
