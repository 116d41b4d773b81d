import { z } from 'zod';
import { dateSchema, idSchema, yearSchema } from './common';

/** One junior high's line of a school's sending statistics: its students who chose, were admitted, enrolled. */
export const sendingRowSchema = z.object({
  juniorSchoolId: idSchema,
  juniorSchoolName: z.string(),
  chose: z.number().int().min(0),
  admitted: z.number().int().min(0),
  enrolled: z.number().int().min(0),
});
export type SendingRow = z.infer<typeof sendingRowSchema>;

/**
 * R13: a vocational school's sending statistics as it submitted them, frozen: what the junior
 * highs and the bureau read, whatever changes after. One per school and year.
 */
export const sendingReportSchema = z.object({
  _id: idSchema,
  year: yearSchema,
  schoolId: idSchema,
  schoolName: z.string(),
  rows: z.array(sendingRowSchema),
  submittedAt: dateSchema,
  submittedByStaffId: idSchema,
  submittedByName: z.string(),
  /** submitted after the season's due date */
  late: z.boolean(),
});
export type SendingReport = z.infer<typeof sendingReportSchema>;

export function sendingReportIdOf(year: number, schoolId: string): string {
  return `sending-${year}-${schoolId}`;
}
