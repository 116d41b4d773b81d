import { z } from 'zod';
import { dateSchema, idSchema, yearSchema } from './common';

/**
 * PIPL: how far retentionSweep has gone through one year's forms (their `_id` order), so a run cut
 * off by its time budget continues where it stopped rather than reading again every form it kept
 * (the enrolled students'), and a finished year is not read again. Only a position: the forms'
 * own `erasedAt` says which are erased.
 */
export const retentionSweepStateSchema = z.object({
  _id: idSchema,
  year: yearSchema,
  /** the last form id done; '' before the first page */
  after: z.string(),
  completedAt: dateSchema.optional(),
  updatedAt: dateSchema,
});
export type RetentionSweepState = z.infer<typeof retentionSweepStateSchema>;

export const retentionSweepStateIdOf = (year: number) => `retention-${year}`;
