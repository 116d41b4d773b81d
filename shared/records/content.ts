import { z } from 'zod';
import { dateSchema, idSchema, phoneSchema, yearSchema } from './common';

/** 资助政策: free tuition, national grant, help for families in difficulty and disabled students (R17). */
export const subsidyPolicySchema = z.object({
  _id: idSchema,
  key: z.enum(['free-tuition', 'national-grant', 'hardship', 'disability']),
  order: z.number().int(),
  title: z.string(),
  summary: z.string(),
  whoQualifies: z.array(z.string()),
  amount: z.string(),
  howToApply: z.array(z.string()),
});
export type SubsidyPolicy = z.infer<typeof subsidyPolicySchema>;

export const contactSchema = z.object({ name: z.string(), phone: phoneSchema });

/** 致学生、家长的一封信 */
export const letterSchema = z.object({
  _id: idSchema,
  year: yearSchema,
  title: z.string(),
  greeting: z.string(),
  paragraphs: z.array(z.string()).min(1),
  contacts: z.array(contactSchema),
  issuedBy: z.string(),
  issuedAt: dateSchema,
});
export type Letter = z.infer<typeof letterSchema>;

/** A junior high (生源学校); its graduates and sending target are a year's, in the district's target sheet (R11). */
export const juniorSchoolSchema = z.object({
  _id: idSchema,
  name: z.string(),
  district: z.string(),
});
export type JuniorSchool = z.infer<typeof juniorSchoolSchema>;
