import { z } from 'zod';
import { choiceFormInput } from '../choice-form';
import { idSchema } from '../records/common';
import { leadStatusSchema } from '../records/choice-form';

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
