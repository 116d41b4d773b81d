import { z } from 'zod';
import { dateSchema, idSchema, yearSchema } from './common';

/**
 * One line of a published admitted list (R14, R25): the name masked (shared/admission.ts maskName),
 * the junior high the student comes from, the major. Nothing else about the student is ever copied
 * here: no ID number, phone, OPENID or lead id.
 */
export const admittedEntrySchema = z.object({
  name: z.string().max(40),
  juniorSchoolName: z.string().max(80),
  majorName: z.string().max(80),
});
export type AdmittedEntry = z.infer<typeof admittedEntrySchema>;

/**
 * R14: one published version of a school's admitted list for one major, frozen as it was published.
 * Each publication adds a version (1, 2, 3…) and earlier ones are kept until the season's work ends
 * (R4). The id is `admittedListIdOf(...)`, so two publications at once cannot both be version n.
 */
export const admittedListSchema = z.object({
  /** admittedListIdOf: longer than other ids, being made of two */
  _id: z.string().min(1).max(200),
  schoolId: idSchema,
  schoolName: z.string(),
  year: yearSchema,
  majorId: idSchema,
  majorName: z.string(),
  version: z.number().int().min(1),
  publishedAt: dateSchema,
  publishedByStaffId: idSchema,
  publishedByName: z.string(),
  entries: z.array(admittedEntrySchema),
  /**
   * The leads the version was made from, for the school admin's "admitted since the last list"
   * only. Never answered by any function: the public answer's schema has no such field.
   */
  leadIds: z.array(idSchema).default([]),
});
export type AdmittedList = z.infer<typeof admittedListSchema>;

/** The id of a version: unique per school, year, major and version, so a second version n is refused. */
export function admittedListIdOf(schoolId: string, year: number, majorId: string, version: number): string {
  return `${schoolId}-${year}-${majorId}-v${version}`;
}
