import { z } from 'zod';
import { admissionNoticeSchema } from '../admission';
import { idSchema } from '../records/common';
import { leadStatusSchema } from '../records/lead';

/** One major of the school's plan: its places, how many are held, how many are left (R25). */
const majorPlacesSchema = z.object({ majorId: idSchema, majorName: z.string(), planned: z.number().int(), held: z.number().int(), left: z.number().int() });

/**
 * `admissionList` (school admin): the plan's majors with their places, and for one major the
 * applicants in the order the school reads them (the family's rank, then who submitted first).
 */
export const admissionListInput = z.object({ majorId: idSchema.optional() });
export const admissionListOutput = z.object({
  year: z.number().int(),
  window: z.object({ start: z.string(), end: z.string(), open: z.boolean() }),
  majors: z.array(majorPlacesSchema),
  candidates: z.array(
    z.object({
      leadId: idSchema,
      studentName: z.string(),
      juniorSchoolName: z.string(),
      rank: z.number().int(),
      submittedAt: z.string(),
      status: leadStatusSchema,
      /** admitted to this major (the others are applicants still to decide on) */
      admitted: z.boolean(),
      /** R26: holds or accepted an offer of 统一录取 (at any school): never admitted by a school (R25) */
      offer: z.boolean().optional(),
    }),
  ),
  /** R26: in a unified season, whether 补录 is open (the rounds have ended) and what that means, in words; null in a school season */
  unified: z.object({ open: z.boolean(), note: z.string() }).nullable().optional(),
  /** the notice the school last sent with an admission, to start the next one from */
  lastNotice: admissionNoticeSchema.nullable(),
  /** R16: full-time students pay no tuition this season, so the notice may not ask for it (checked on the phone before the admission is confirmed) */
  tuitionExempt: z.boolean(),
});
export type AdmissionList = z.infer<typeof admissionListOutput>;

/** `admissionAdmit` (school admin): admits these applicants to the major, within its places, with what they do next. */
export const admissionAdmitInput = z.object({
  majorId: idSchema,
  leadIds: z.array(idSchema).min(1, '请选择要录取的学生').max(20, '每次最多录取 20 名学生'),
  notice: admissionNoticeSchema,
});
export const admissionAdmitOutput = z.object({ admitted: z.number().int(), already: z.number().int(), placesLeft: z.number().int() });

/** `admissionChoose` (family): of the schools that admitted the student, the one they take; the others are released. */
export const admissionChooseInput = z.object({ formId: idSchema, schoolId: idSchema });
export const admissionChooseOutput = z.object({ schoolId: idSchema, released: z.array(z.string()) });

/** `admissionSettle` (timer): where the family did not choose in time, the admission they ranked highest stands. */
export const admissionSettleInput = z.object({});
export const admissionSettleOutput = z.object({ settled: z.number().int() });

/** `schoolNoticeGet`: the school's admission notice for this year's 统一录取 (R26), or none yet; the revision to save on. */
export const schoolNoticeGetInput = z.object({}).strict();
export const schoolNoticeGetOutput = z.object({
  year: z.number().int(),
  unified: z.boolean(),
  /** R16: the season exempts tuition, so the notice may not ask for it (checked on the phone as on the server) */
  tuitionExempt: z.boolean(),
  notice: admissionNoticeSchema.nullable(),
  revision: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});

/** `schoolNoticeSave`: sets it, on the revision read (a save on an older one is refused). */
export const schoolNoticeSaveInput = z.object({ notice: admissionNoticeSchema.strict(), revision: z.number().int().min(0) }).strict();
export const schoolNoticeSaveOutput = z.object({ revision: z.number().int() });
