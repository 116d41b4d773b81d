import { z } from 'zod';
import { choiceFormInput } from '../choice-form';
import { idSchema } from '../records/common';
import { leadStatusSchema } from '../records/lead';

/** `choiceSubmit`: the student's form; answers the receipt (the same one again for a retried request). */
export const choiceSubmitInput = choiceFormInput;

export const receiptSchema = z.object({
  formId: idSchema,
  revision: z.number().int(),
  status: z.enum(['active', 'withdrawn']),
  submittedAt: z.string(),
  studentName: z.string(),
  idMasked: z.string(),
  choices: z.array(z.object({ rank: z.number().int(), schoolName: z.string(), majorName: z.string(), leadStatus: leadStatusSchema.nullable() })),
});
export type Receipt = z.infer<typeof receiptSchema>;
export const choiceSubmitOutput = receiptSchema;

/** `choiceMine`: the caller's forms with each choice's status, and whether they may still change them. */
export const choiceMineInput = z.object({}).strict();
export const choiceMineOutput = z.object({
  forms: z.array(receiptSchema.extend({ timeline: z.array(z.object({ at: z.string(), text: z.string() })), canChange: z.boolean() })),
  window: z.object({ start: z.string(), end: z.string(), open: z.boolean() }),
});
export type ChoiceMine = z.infer<typeof choiceMineOutput>;

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
});
export type ChoiceOptions = z.infer<typeof choiceOptionsOutput>;

/** `choiceRevise`: a changed form becomes its next revision, checked and notified again (R9: inside the window). */
export const choiceReviseInput = choiceFormInput.extend({ formId: idSchema });
export const choiceReviseOutput = receiptSchema;
