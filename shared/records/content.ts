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

export const juniorSchoolSchema = z.object({
  _id: idSchema,
  name: z.string(),
  district: z.string(),
  /** 送培目标: students this junior high is asked to send to vocational schools (R11) */
  sendingTarget: z.number().int().min(0),
});
export type JuniorSchool = z.infer<typeof juniorSchoolSchema>;
