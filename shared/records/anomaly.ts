import { z } from 'zod';
import { dateSchema, idSchema, yearSchema } from './common';

/**
 * R6: patterns the bureau should look at — a form is the student's own, filled voluntarily, never
 * by a teacher. Each flag is a lead for a person to check, with its evidence; never a verdict.
 */
export const anomalyRuleSchema = z.enum(['one-identity-many-students', 'burst-at-junior', 'phone-of-staff-or-school']);
export type AnomalyRule = z.infer<typeof anomalyRuleSchema>;
export const anomalyRuleLabels: Record<AnomalyRule, string> = {
  'one-identity-many-students': '同一微信为多名学生提交志愿',
  'burst-at-junior': '同一初中短时间内集中提交、提交人很少',
  'phone-of-staff-or-school': '志愿表上的电话是工作人员或学校的电话',
};

export const anomalyFlagSchema = z.object({
  /** derived from the rule and what it is about, so a rescan finds the same flag */
  _id: idSchema,
  year: yearSchema,
  rule: anomalyRuleSchema,
  /** what it is about, in words */
  subject: z.string(),
  /** the forms that make the pattern, with what the bureau needs to check them */
  evidence: z.array(z.object({ formId: idSchema, studentName: z.string(), juniorSchoolName: z.string(), submittedAt: dateSchema, detail: z.string() })),
  /** the districts of its forms' junior highs: a district's reviewer sees the flags touching it */
  districts: z.array(z.string()).default([]),
  status: z.enum(['open', 'reviewed']),
  review: z.object({ staffId: idSchema, staffName: z.string(), at: dateSchema, note: z.string() }).optional(),
  firstSeenAt: dateSchema,
  lastSeenAt: dateSchema,
});
export type AnomalyFlag = z.infer<typeof anomalyFlagSchema>;
