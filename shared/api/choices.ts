import { z } from 'zod';
import { shownOfferStatusSchema } from '../unified-offer';
import { choiceFormInput, choiceSchema, learnerGroupSchema, scheduleSchema, studentSchema } from '../choice-form';
import { idSchema } from '../records/common';
import { token } from '../text';
import { leadStatusSchema } from '../records/lead';
import { schoolRecordSchema } from '../school-records';

/** `choiceSubmit`: the student's form; answers the receipt (the same one again for a retried request). */
/**
 * A first submission; `viaPoster` is the junior high whose poster's 小程序码 opened the mini-program
 * on this phone (shared/poster-scene.ts), if any: attribution for the counts, never access (R23).
 */
export const choiceSubmitInput = choiceFormInput.extend({ viaPoster: token().max(64).optional() });

export const receiptSchema = z.object({
  formId: idSchema,
  revision: z.number().int(),
  status: z.enum(['active', 'withdrawn']),
  submittedAt: z.string(),
  studentName: z.string(),
  idMasked: z.string(),
  choices: z.array(
    z.object({ rank: z.number().int(), schoolId: idSchema, schoolName: z.string(), majorName: z.string(), leadStatus: leadStatusSchema.nullable() }),
  ),
  /** R25: each school's admission and what the family does next */
  admissions: z
    .array(
      z.object({
        schoolId: idSchema,
        schoolName: z.string(),
        majorName: z.string(),
        status: leadStatusSchema,
        notice: z.object({ reportOn: z.string(), place: z.string(), bring: z.string() }),
      }),
    )
    .default([]),
  /** R25: two schools admitted the student; the family chooses one by `due` */
  admissionChoice: z
    .object({ due: z.string(), schoolIds: z.array(idSchema) })
    .nullable()
    .default(null),
});
export type Receipt = z.infer<typeof receiptSchema>;
export const choiceSubmitOutput = receiptSchema;

/**
 * A form's answers as the server holds them, for its next revision to start from on any phone:
 * everything but the ID number (kept only encrypted; the receipt shows it masked, and a revision
 * does not ask for it again) and the declarations and consents, which are made again with each
 * revision.
 */
export const formAnswersSchema = z.object({
  filledBy: z.enum(['student', 'guardian']),
  student: z.object({
    name: z.string(),
    gender: z.enum(['male', 'female']),
    phone: z.string(),
    juniorSchoolId: idSchema,
    group: learnerGroupSchema,
    graduationYear: z.number().int(),
    schedule: scheduleSchema.optional(),
    /** from the ID number (YYYY-MM-DD): the phone checks the age rules without asking for it again */
    birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
  guardian: z.object({ name: z.string(), relation: z.enum(['father', 'mother', 'grandparent', 'other']), phone: z.string() }).optional(),
  choices: z.array(choiceSchema),
});
export type FormAnswers = z.infer<typeof formAnswersSchema>;

/**
 * `choiceMine`: the caller's forms with each choice's status, and whether they may still change them;
 * `answers` only on a form that may be changed now.
 */
export const choiceMineInput = z.object({}).strict();
export const choiceMineOutput = z.object({
  forms: z.array(
    receiptSchema.extend({
      timeline: z.array(z.object({ at: z.string(), text: z.string() })),
      /** R28: what each school recorded of the child (admitted, 报到, 学籍, left, not taken up) and when, oldest first */
      records: z.array(z.object({ schoolId: idSchema, schoolName: z.string(), record: schoolRecordSchema, at: z.string(), text: z.string() })),
      canChange: z.boolean(),
      answers: formAnswersSchema.optional(),
      /** R26: the form's latest offer of 统一录取, and whether the family may answer it now */
      offer: z
        .object({
          schoolName: z.string(),
          majorName: z.string(),
          rank: z.number().int(),
          status: shownOfferStatusSchema,
          statusLabel: z.string(),
          respondBy: z.string().nullable(),
          refusedReason: z.string().nullable(),
          mayAnswer: z.boolean(),
        })
        .nullable(),
      /**
       * R26: after the latest committed round of 统一录取, the form's place on the waiting list of each
       * choice ranked above its offer (every choice, without one), best first; null when it waits nowhere
       */
      waiting: z
        .object({
          round: z.number().int(),
          places: z.array(
            z.object({
              rank: z.number().int(),
              schoolName: z.string(),
              majorName: z.string(),
              /** 1-based place on the list; 0 when the major has no places this year */
              position: z.number().int().min(0),
              /** how many wait on that list */
              of: z.number().int().min(0),
            }),
          ),
        })
        .nullable(),
      /** R26, 补录: the rounds of 统一录取 have ended and the form is still unplaced — what that means, and which of its choices still have places */
      supplementary: z
        .object({ lines: z.array(z.string()), places: z.array(z.object({ schoolName: z.string(), majorName: z.string(), left: z.number().int().min(1) })) })
        .nullable()
        .optional(),
    }),
  ),
  window: z.object({ start: z.string(), end: z.string(), open: z.boolean() }),
  /** how admission works this year (shared/admission-mode.ts howAdmissionWorks), as the choice form said it */
  howAdmitted: z.array(z.string()),
});
export type ChoiceMine = z.infer<typeof choiceMineOutput>;
export type MyForm = ChoiceMine['forms'][number];

/** `choiceWithdraw`: withdraw an active form while the window is open (a status, never a delete). */
export const choiceWithdrawInput = z.object({ formId: idSchema });
export const choiceWithdrawOutput = z.object({ formId: idSchema, status: z.literal('withdrawn') });

/** `choiceOptions`: what the form offers: junior high schools, and the brochures and majors one may choose now. */
export const choiceOptionsInput = z.object({}).strict();
export const choiceOptionsOutput = z.object({
  juniorSchools: z.array(z.object({ id: idSchema, name: z.string(), district: z.string() })),
  brochures: z.array(z.object({ id: idSchema, schoolName: z.string(), majors: z.array(z.object({ majorId: idSchema, name: z.string() })) })),
  maxChoices: z.number().int(),
  year: z.number().int(),
  window: z.object({ start: z.string(), end: z.string(), open: z.boolean() }),
  /** how admission works this year, in paragraphs (shared/admission-mode.ts howAdmissionWorks) */
  howAdmitted: z.array(z.string()),
});
export type ChoiceOptions = z.infer<typeof choiceOptionsOutput>;

/**
 * `choiceRevise`: a changed form becomes its next revision, checked and notified again (R9: inside
 * the window). The ID number is not asked again: the server knows the form's student (issue 13); if
 * it is sent, it must be that student's.
 */
export const choiceReviseInput = choiceFormInput.extend({
  formId: idSchema,
  student: studentSchema.extend({ idNumber: studentSchema.shape.idNumber.optional() }),
});
export const choiceReviseOutput = receiptSchema;
