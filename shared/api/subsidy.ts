import { z } from 'zod';
import { contactSchema, subsidyPolicySchema } from '../records/content';

/**
 * `subsidyInfo`: the letter to parents and every subsidy policy, in full; no sign-in needed (R17).
 * The newest version published for the season's year, or an earlier one asked for by number: every
 * published version stays readable (R4).
 */
export const subsidyInfoInput = z
  .object({ version: z.number({ error: '没有这一版' }).int('没有这一版').min(1, '没有这一版').max(10_000, '没有这一版').optional() })
  .strict();

/** The letter as a family reads it: the same shape on the letter page and in the bureau's preview. */
export const letterReadingSchema = z.object({
  title: z.string(),
  greeting: z.string(),
  paragraphs: z.array(z.string()),
  contacts: z.array(contactSchema),
  issuedBy: z.string(),
  issuedAt: z.string(),
  version: z.number().int(),
});
export type LetterReading = z.infer<typeof letterReadingSchema>;

export const policyReadingSchema = subsidyPolicySchema;
export type PolicyReading = z.infer<typeof policyReadingSchema>;

export const subsidyInfoOutput = z.object({
  letter: letterReadingSchema.nullable(),
  policies: z.array(policyReadingSchema),
  /** every version published for the year, newest first: the first is the one in force */
  versions: z.array(z.object({ version: z.number().int(), issuedAt: z.string() })),
});
export type SubsidyInfo = z.infer<typeof subsidyInfoOutput>;
