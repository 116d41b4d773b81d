import { z } from 'zod';
import { dateSchema, idSchema, revisionSchema } from './common';
import { majorModeLabels, majorModes } from './major-modes';

// The list and its names live in major-modes.ts (no zod), for the brochure page of the main package.
export { majorModeLabels };

export const majorModeSchema = z.enum(majorModes);
export type MajorMode = z.infer<typeof majorModeSchema>;

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
  updatedAt: dateSchema.optional(),
  /** an edit must be based on it (R22) */
  revision: revisionSchema,
});
export type Major = z.infer<typeof majorSchema>;
