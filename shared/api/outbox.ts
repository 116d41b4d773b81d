import { z } from 'zod';
import { idSchema } from '../records/common';

/** `outboxDeliver`: run by a timer; delivers what is due and reports what it did. */
export const outboxDeliverInput = z.object({}).loose();
export const outboxDeliverOutput = z.object({ sent: z.number().int(), retried: z.number().int(), dead: z.number().int() });

/** `outboxDead`: the school's messages that could not be delivered; `retry` sends one (or all) again. */
export const outboxDeadInput = z.object({ retry: z.union([idSchema, z.literal('all')]).optional() });
export const outboxDeadOutput = z.object({
  items: z.array(z.object({ id: z.string(), kind: z.string(), summary: z.string(), attempts: z.number().int(), lastError: z.string(), createdAt: z.string() })),
  retried: z.number().int(),
});
