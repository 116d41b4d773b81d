import { z } from 'zod';
import { idSchema } from '../records/common';
import { anomalyRuleSchema } from '../records/anomaly';
import { lines } from '../text';

/** `anomalyScan` (timer): finds R6's patterns in the year's forms and keeps one flag per pattern. */
export const anomalyScanInput = z.object({});
export const anomalyScanOutput = z.object({ found: z.number().int(), opened: z.number().int() });

/** `anomalyList`: the bureau's flags, each with its evidence. */
export const anomalyListInput = z.object({ status: z.enum(['open', 'reviewed']).default('open') });
export const anomalyListOutput = z.object({
  items: z.array(
    z.object({
      id: idSchema,
      rule: anomalyRuleSchema,
      ruleLabel: z.string(),
      subject: z.string(),
      evidence: z.array(z.object({ formId: idSchema, studentName: z.string(), juniorSchoolName: z.string(), submittedAt: z.string(), detail: z.string() })),
      status: z.enum(['open', 'reviewed']),
      review: z.object({ staffName: z.string(), at: z.string(), note: z.string() }).nullable(),
      lastSeenAt: z.string(),
    }),
  ),
});

/** `anomalyReview`: the bureau marks a flag reviewed, with what it found. */
export const anomalyReviewInput = z.object({ id: idSchema, note: lines('请填写核查情况').min(2, '请填写核查情况').max(300, '请不超过 300 字') });
export const anomalyReviewOutput = z.object({ id: idSchema, status: z.enum(['open', 'reviewed']) });
