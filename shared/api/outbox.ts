import { z } from 'zod';

/** `outboxDeliver`: run by a timer; delivers what is due and reports what it did. */
export const outboxDeliverInput = z.object({}).loose();
export const outboxDeliverOutput = z.object({ sent: z.number().int(), retried: z.number().int(), dead: z.number().int() });

/** `outboxDead`: the school's messages that could not be delivered; `retry` sends one (or all) again. */
export const outboxDeadInput = z.object({ retry: z.union([z.string().min(1).max(64), z.literal('all')]).optional() });
export const outboxDeadOutput = z.object({
  items: z.array(z.object({ id: z.string(), kind: z.string(), summary: z.string(), attempts: z.number().int(), lastError: z.string(), createdAt: z.string() })),
  retried: z.number().int(),
});
