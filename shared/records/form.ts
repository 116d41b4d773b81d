import { z } from 'zod';
import { choiceSchema, learnerGroupSchema, scheduleSchema } from '../choice-form';
import { dateSchema, idSchema, yearSchema } from './common';

export const formStatusSchema = z.enum(['active', 'withdrawn']);
export type FormStatus = z.infer<typeof formStatusSchema>;

/**
 * A stored choice form. The ID number is kept only encrypted (`idCipher`), with a keyed hash
 * (`studentKey`) to recognise the same student, and masked for display. `activeKey` exists only
 * while the form is active (R7, see cloudfunctions/domains/forms/active-form.ts). `leadSchools` lists
 * every school that has a lead for this form, so the leads can be read by id inside a transaction.
 */
export const choiceFormRecordSchema = z.object({
  _id: idSchema,
  openid: z.string(),
  year: yearSchema,
  revision: z.number().int().positive(),
  status: formStatusSchema,
  activeKey: z.string().optional(),
  studentKey: z.string(),
  requestId: z.string(),
  filledBy: z.enum(['student', 'guardian']),
  student: z.object({
    name: z.string(),
    gender: z.enum(['male', 'female']),
    idCipher: z.string(),
    idMasked: z.string(),
    birthDate: dateSchema,
    phone: z.string(),
    juniorSchoolId: idSchema,
    juniorSchoolName: z.string(),
    group: learnerGroupSchema,
    graduationYear: z.number().int(),
    schedule: scheduleSchema.optional(),
  }),
  guardian: z.object({ name: z.string(), relation: z.enum(['father', 'mother', 'grandparent', 'other']), phone: z.string() }).optional(),
  choices: z.array(
    choiceSchema.extend({
      rank: z.number().int().positive(),
      schoolId: idSchema,
      schoolName: z.string(),
      majorName: z.string(),
      brochureVersion: z.number().int(),
    }),
  ),
  /** when each declaration was made (R6, R7) */
  declarations: z.object({ selfFilled: dateSchema, voluntary: dateSchema, noGeneralHighSchool: dateSchema }),
  consent: z.object({ personalData: dateSchema, guardianConsent: dateSchema.nullable() }),
  leadSchools: z.array(idSchema).default([]),
  /**
   * How far the schools have taken the student (shared/lead-steps.ts placementOf), kept with every
   * change of the form's leads so the bureau's figures count students from the forms' index (R11)
   */
  placement: z.enum(['none', 'admitted', 'enrolled']).default('none'),
  /** the junior high whose poster brought the family here ('' if none): counted, never a way in (R23) */
  viaPoster: z.string().default(''),
  /** R7, R6: the bureau voided it after the student's family showed it was filed by someone else */
  voided: z.object({ reason: z.string(), at: dateSchema, staffName: z.string() }).optional(),
  /**
   * R25: two or more schools have admitted the student; the family chooses one by `due`, or the
   * admission the family ranked highest stands (admissionSettle)
   */
  admissionChoice: z.object({ due: dateSchema, schoolIds: z.array(idSchema) }).optional(),
  /** the form's standing early-study request (R8), so a withdrawal can cancel it in its transaction */
  earlyStudyId: idSchema.optional(),
  /** every request that produced a revision of this form: a late retry of an earlier one changes nothing */
  requestIds: z.array(z.string()).default([]),
  /**
   * PIPL: when the student's personal data on this form was erased (the family's choiceErase, or
   * retentionSweep after the year's workEnds for a student no school enrolled); what every report
   * counts stays (cloudfunctions/domains/forms/erase.ts)
   */
  /**
   * PIPL: the erasure of this form has begun (choiceErase, retentionSweep). Written to the form in its
   * own transaction before anything naming the student is erased, so a school's 报到 or admission,
   * which writes the form too, either lands first (and the erasure is refused: the school keeps the
   * student) or finds this and is refused: nothing of a student a school keeps is ever erased.
   */
  erasing: dateSchema.optional(),
  erasedAt: dateSchema.optional(),
  createdAt: dateSchema,
  updatedAt: dateSchema,
});
export type ChoiceFormRecord = z.infer<typeof choiceFormRecordSchema>;

/** An earlier revision of a form, as it stood before a change replaced it. */
export const formRevisionSchema = choiceFormRecordSchema.omit({ _id: true }).extend({ _id: idSchema, formId: idSchema });
