import { z } from 'zod';
import { idSchema } from '../records/common';
import { REGISTRATION_CONFIRM_MAX } from '../registration';

export { REGISTRATION_CONFIRM_MAX };

/**
 * A student of the school enrolled at another school too (R15, double registration): shown by the
 * masked name only, with the other schools' names and nothing else of theirs.
 */
export const flaggedStudentSchema = z.object({
  leadId: idSchema,
  maskedName: z.string(),
  majorName: z.string(),
  otherSchoolNames: z.array(z.string()),
});
export type FlaggedStudent = z.infer<typeof flaggedStudentSchema>;

/** One school's registration figures (R15): `outstanding` is enrolled and not yet registered, flagged ones included. */
export const registrationFiguresSchema = z.object({
  enrolled: z.number().int().min(0),
  registered: z.number().int().min(0),
  flagged: z.number().int().min(0),
  outstanding: z.number().int().min(0),
});
export type RegistrationFigures = z.infer<typeof registrationFiguresSchema>;

/** `registrationExport`: the school admin's registration sheet of the year's enrolled students (R15). */
export const registrationExportInput = z.object({});
export const registrationExportOutput = z.object({
  fileName: z.string(),
  /** the .xlsx, base64 */
  content: z.string(),
  year: z.number().int(),
  deadline: z.string(),
  /** exported after the season's registration deadline */
  late: z.boolean(),
  /** what the page says about the deadline */
  notice: z.string(),
  exported: z.number().int().min(0),
  /** the leads in the sheet, for 确认已注册 */
  leadIds: z.array(idSchema),
  /** left out of the sheet until the double registration is resolved */
  flagged: z.array(flaggedStudentSchema),
});

/** `registrationConfirm`: the school admin marks enrolled students of the school as registered. */
export const registrationConfirmInput = z.object({
  leadIds: z
    .array(idSchema, { error: '请选择要确认的学生' })
    .min(1, '请选择要确认的学生')
    .max(REGISTRATION_CONFIRM_MAX, `一次最多确认 ${REGISTRATION_CONFIRM_MAX} 名学生，请分批确认`),
});
export const registrationConfirmOutput = z.object({
  /** marked now */
  registered: z.number().int().min(0),
  /** already marked before (left as they were) */
  already: z.number().int().min(0),
  /** no longer enrolled when their turn came (left the school meanwhile): not marked */
  notEnrolled: z.number().int().min(0),
});

/**
 * `registrationStatus`: the bureau's figures per school (a district reviewer's district only); a
 * school admin's own school, with its flagged students.
 */
export const registrationStatusInput = z.object({});
export const registrationStatusOutput = z.object({
  year: z.number().int(),
  deadline: z.string(),
  /** the deadline has passed (Asia/Shanghai) */
  late: z.boolean(),
  schools: z.array(registrationFiguresSchema.extend({ schoolId: idSchema, schoolName: z.string(), district: z.string() })),
  /** a school admin's own flagged students; empty for the bureau */
  flagged: z.array(flaggedStudentSchema),
  /** a school admin may export and confirm */
  mayExport: z.boolean(),
});

/** `registrationRemind` (timer): from 7 days before the deadline, schools with outstanding students are reminded. */
export const registrationRemindInput = z.object({});
export const registrationRemindOutput = z.object({ reminded: z.number().int() });
