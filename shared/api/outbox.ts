import { z } from 'zod';

/** `outboxDeliver`: run by a timer; delivers what is due and reports what it did. */
export const outboxDeliverInput = z.object({}).loose();
export const outboxDeliverOutput = z.object({ sent: z.number().int(), retried: z.number().int(), dead: z.number().int() });
