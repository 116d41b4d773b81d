import { z } from 'zod';
import { studentIdSchema } from '../allocation/schema';
import { admissionNoticeSchema } from '../admission';
import { offerRefusalReasonSchema, offerVoidReasonSchema, unifiedOfferStatusSchema } from '../unified-offer';
import { dateSchema, idSchema, yearSchema } from './common';

/**
 * R26's rounds of 统一录取, as committed. A round is computed once (the allocation over the export as
 * it stands, with the revealed seed) and its offers are stored before any is applied, so a commit
 * interrupted halfway and run again — by the same admin, another, or the timer — applies the same
 * offers and never computes a different result over half-changed leads.
 * - `offering`: the offers are being written (nothing applied yet; a rerun writes them again);
 * - `applying`: every offer is stored; each is applied to its lead in a transaction of its own;
 * - `committed`: every offer applied (or void: its form withdrawn since).
 */
export const unifiedRoundStatusSchema = z.enum(['offering', 'applying', 'committed']);
export type UnifiedRoundStatus = z.infer<typeof unifiedRoundStatusSchema>;

export const unifiedRoundSchema = z.object({
  _id: idSchema,
  year: yearSchema,
  round: z.number().int().min(1).max(20),
  /** this run of the commit: offers are stored and applied under it (a run taken over leaves its own unapplied) */
  runId: z.string().regex(/^[0-9a-f]{16}$/),
  status: unifiedRoundStatusSchema,
  /** the export's digest and the seed's commitment it ran with: the published inputs */
  exportDigest: z.string().regex(/^[0-9a-f]{64}$/),
  seedCommitment: z.string().regex(/^[0-9a-f]{64}$/),
  students: z.number().int().min(0),
  offers: z.number().int().min(0),
  startedAt: dateSchema,
  startedByName: z.string(),
  /** when this run of the commit last wrote: a rerun takes over an `offering` round left this long */
  touchedAt: dateSchema,
  committedAt: dateSchema.nullable(),
  /** how many parts the run's inputs are stored in (unifiedRoundInputs); absent on a round committed before they were stored */
  inputParts: z.number().int().min(1).optional(),
  /** how many buckets the run's waiting places are stored in (unifiedWaiting; 0: nobody waits); absent on a round committed before they were stored */
  waitingBuckets: z.number().int().min(0).optional(),
  /**
   * R26: set on the year's last round when the rounds end — a bureau admin closed them, or the
   * season's automatic rounds reached their limit — and from then on schools admit students still
   * unplaced through their own desk (补录); no round follows a closed one.
   */
  closed: z.object({ at: dateSchema, why: z.enum(['bureau', 'limit']), byName: z.string() }).optional(),
  /**
   * The timer's last try to start the next round by itself, refused (a school's notice missing, …):
   * the bureau's page says why instead of promising a round every minute (automatic later rounds).
   */
  automaticBlocked: z.object({ at: dateSchema, message: z.string() }).optional(),
});
export type UnifiedRound = z.infer<typeof unifiedRoundSchema>;

/** One student's offer in a round (its states: shared/unified-offer.ts). */
export const unifiedOfferSchema = z.object({
  _id: idSchema,
  year: yearSchema,
  round: z.number().int().min(1),
  runId: z.string().regex(/^[0-9a-f]{16}$/),
  studentId: studentIdSchema,
  formId: idSchema,
  schoolId: idSchema,
  majorId: idSchema,
  majorName: z.string(),
  /** the major's planned places the allocation ran with */
  planned: z.number().int().min(0),
  /** the rank of this choice on the form, 1 first */
  rank: z.number().int().min(1),
  status: unifiedOfferStatusSchema,
  appliedAt: dateSchema.nullable(),
  /** set when applied: the family answers by then (the season's days to choose) */
  respondBy: dateSchema.nullable().default(null),
  answeredAt: dateSchema.nullable().default(null),
  /** a later round's offer to a choice ranked higher: the earlier offer it replaces (then `moved`) */
  replaces: z.string().optional(),
  /** a school's refusal: the reason from the fixed list, who, when */
  refused: z.object({ reason: offerRefusalReasonSchema, staffName: z.string(), at: dateSchema }).optional(),
  /** why it was not applied (shared/unified-offer.ts offerVoidReasons) */
  voidReason: offerVoidReasonSchema.optional(),
});
export type UnifiedOffer = z.infer<typeof unifiedOfferSchema>;

/**
 * A school's admission notice for 统一录取 (R25: what the family does next — when and where to report,
 * what to bring), written by its admin before the round, since no one at the school admits by hand.
 */
export const schoolNoticeSchema = admissionNoticeSchema.extend({
  _id: idSchema,
  schoolId: idSchema,
  year: yearSchema,
  /** optimistic concurrency (cloudfunctions/_kit/platform/revision.ts): 1 on the first save */
  revision: z.number().int().min(1),
  updatedAt: dateSchema,
  updatedByName: z.string(),
});
export type SchoolNotice = z.infer<typeof schoolNoticeSchema>;

/**
 * R26: what a round's commit read — the allocation's input and the earlier offers' outcomes, as the
 * canonical JSON the round's export publishes (shared/allocation/round-export.ts), gzip-compressed
 * and cut in parts (a city's is a few megabytes) — stored under the commit's run before any offer is
 * applied, so the round can be published and recomputed exactly as it ran, whatever changes after.
 */
export const unifiedRoundInputSchema = z.object({
  _id: idSchema,
  year: yearSchema,
  round: z.number().int().min(1).max(20),
  runId: z.string().regex(/^[0-9a-f]{16}$/),
  part: z.number().int().min(0),
  parts: z.number().int().min(1),
  /** base64 of this part of the gzip-compressed text */
  data: z.string(),
});
export type UnifiedRoundInput = z.infer<typeof unifiedRoundInputSchema>;

export const unifiedRoundInputIdOf = (runId: string, part: number) => `round-input-${runId}-${String(part).padStart(3, '0')}`;

export const unifiedRoundIdOf = (year: number, round: number) => `unified-${year}-r${round}`;
export const schoolNoticeIdOf = (schoolId: string, year: number) => `notice-${schoolId}-${year}`;

/**
 * R26: where each student waits after a round — their place on the waiting list of each choice they
 * ranked above the one they got (every choice, when unplaced) — as the round's allocation computed
 * it, stored by the commit under its run before any offer is applied, so 我的志愿 reads it for a
 * student with an offer and one without alike. Compact for a city: the forms fall into buckets of
 * about WAITING_PER_BUCKET by a hash of the form's id (`waitingBucketOf`), one record a bucket — a
 * round of 30,000 students is 15 records of some 200 KB, a handful of writes once a round, and a
 * family's page reads its form's bucket by id.
 */
export const unifiedWaitingSchema = z.object({
  _id: idSchema,
  year: yearSchema,
  round: z.number().int().min(1).max(20),
  runId: z.string().regex(/^[0-9a-f]{16}$/),
  bucket: z.number().int().min(0),
  buckets: z.number().int().min(1),
  /** each form waiting somewhere: [rank, position, of] per choice waited on, best first, flattened; position 0: the major has no places */
  forms: z.array(z.object({ formId: idSchema, at: z.array(z.number().int().min(0)).max(3 * 20) })),
});
export type UnifiedWaiting = z.infer<typeof unifiedWaitingSchema>;

/** About this many forms a bucket (the number of buckets is fixed per run: its waiting forms over this, rounded up). */
export const WAITING_PER_BUCKET = 2000;

export const unifiedWaitingIdOf = (runId: string, bucket: number) => `waiting-${runId}-${String(bucket).padStart(3, '0')}`;

/** The bucket a form's waiting places are stored in: FNV-1a of its id, modulo the run's buckets. */
export function waitingBucketOf(formId: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < formId.length; i++) {
    hash ^= formId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % Math.max(1, buckets);
}
