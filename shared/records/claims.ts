import { z } from 'zod';
import { dateSchema, idSchema } from './common';

/**
 * A previewed plan confirmed: its id is the plan's digest. The confirmation that creates it, in the
 * transaction that starts applying the plan, is the one that applies it; any other answers that it
 * was already applied.
 */
export const planClaimSchema = z.object({ _id: idSchema, action: z.string(), at: dateSchema, staffId: idSchema });
export type PlanClaim = z.infer<typeof planClaimSchema>;

/**
 * R7, R6: the students one WeChat identity asked about in a day — told their ID number holds a form
 * filed from another WeChat, or asked the bureau to check — so a stranger cannot test ID numbers.
 */
export const idChecksSchema = z.object({ _id: z.string().min(1).max(200), keys: z.array(z.string()).max(20) });

/** A counter moved inside transactions: an order that cannot tie, where a time could. */
export const sequenceSchema = z.object({ _id: z.string().min(1).max(200), count: z.number().int().min(0) });
