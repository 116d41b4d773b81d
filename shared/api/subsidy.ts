import { z } from 'zod';
import { contactSchema, subsidyPolicySchema } from '../records/content';

/** `subsidyInfo`: the letter to parents and every subsidy policy, in full; no sign-in needed (R17). */
export const subsidyInfoInput = z.object({}).strict();

export const subsidyInfoOutput = z.object({
  letter: z
    .object({ title: z.string(), greeting: z.string(), paragraphs: z.array(z.string()), contacts: z.array(contactSchema), issuedBy: z.string(), issuedAt: z.string() })
    .nullable(),
  policies: z.array(subsidyPolicySchema.omit({ _id: true, order: true })),
});
export type SubsidyInfo = z.infer<typeof subsidyInfoOutput>;
