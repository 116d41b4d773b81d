import { z } from 'zod';
import { dateSchema, idSchema, yearSchema } from './common';

/**
 * R25: one major's planned places at a school for a year, and how many are held. A place is held
 * by a lead that is admitted or enrolled to the major (shared/admission.ts `holdsPlace`); every
 * step into or out of those writes this document in the step's transaction, so two admissions for
 * the last place conflict and the one that runs again finds it taken.
 */
export const admissionPlacesSchema = z.object({
  _id: idSchema,
  schoolId: idSchema,
  year: yearSchema,
  majorId: idSchema,
  majorName: z.string(),
  /** from the school's approved brochure when the first admission was made; refreshed on each admission */
  planned: z.number().int().min(0),
  held: z.number().int().min(0),
  updatedAt: dateSchema,
});
export type AdmissionPlaces = z.infer<typeof admissionPlacesSchema>;

export function admissionPlacesId(schoolId: string, year: number, majorId: string): string {
  return `${schoolId}-${year}-${majorId}`;
}
