import { z } from 'zod';
import { dateSchema, idSchema } from './common';

/**
 * R27: a one-time setup code issued by the deployment (`npm run setup`). As with invitations, the
 * code is shown once and never stored: the id is its keyed hash, so a copy of the database gives no
 * usable code. Issuing a new code supersedes any still open, so at most one works at a time.
 */
export const setupCodeSchema = z.object({
  _id: idSchema,
  /** what the record shows of the code, e.g. "AB…RS", to tell which one was redeemed */
  hint: z.string(),
  issuedAt: dateSchema,
  expiresAt: dateSchema,
  status: z.enum(['open', 'redeemed', 'superseded']),
  redeemedAt: dateSchema.optional(),
  /** the bureau admin it made */
  staffId: idSchema.optional(),
  supersededAt: dateSchema.optional(),
});
export type SetupCode = z.infer<typeof setupCodeSchema>;
