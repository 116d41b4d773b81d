import { z } from 'zod';
import { seedSchema } from '../allocation/schema';
import { dateSchema, idSchema, yearSchema } from './common';

/**
 * R26's lottery seed for a year, in two records so the secret is never in what the public reads:
 * - `lotterySeeds` is public: the commitment (SHA-256 of the seed, shared/allocation/lottery.ts),
 *   published before the choice deadline, and the seed itself once revealed after it;
 * - `lotterySeedSecrets` holds the seed from the moment it is drawn; only the bureau's actions read it.
 * Both are written in one transaction; the seed is drawn by the server (crypto.randomBytes(32)).
 */
export const lotterySeedSchema = z.object({
  _id: idSchema,
  year: yearSchema,
  commitment: z.string().regex(/^[0-9a-f]{64}$/),
  publishedAt: dateSchema,
  publishedByName: z.string(),
  /** set only by the reveal, after the choice deadline */
  seed: seedSchema.optional(),
  revealedAt: dateSchema.optional(),
});
export type LotterySeed = z.infer<typeof lotterySeedSchema>;

export const lotterySeedSecretSchema = z.object({
  _id: idSchema,
  year: yearSchema,
  seed: seedSchema,
  drawnAt: dateSchema,
});
export type LotterySeedSecret = z.infer<typeof lotterySeedSecretSchema>;

/** One per year, in both collections. */
export function lotterySeedIdOf(year: number): string {
  return `lottery-seed-${year}`;
}
