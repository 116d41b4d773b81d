import { randomBytes } from 'node:crypto';
import { seedCommitment } from '../../../../shared/allocation/lottery';
import { lotterySeedIdOf, type LotterySeed } from '../../../../shared/records/lottery-seed';
import type { Season } from '../../../../shared/records/season';
import type { Staff } from '../../../../shared/records/staff';
import { choiceDeadlinePassed } from '../../../../shared/season-rules';
import { records } from '../../../_kit/platform/collections';
import { inTransaction } from '../../../_kit/platform/transaction';
import { audit } from '../../staff/audit';
import { admissionFailures } from '../failures';

/**
 * R26's lottery seed: drawn by the server and committed to before the choice deadline, revealed after
 * it (server clock, the city's last choice day on Shanghai's calendar). The seed sits in
 * `lotterySeedSecrets` until then, which only this module reads; what anyone may read is in
 * `lotterySeeds` (the commitment, and the seed once revealed). Neither the bureau nor a family can
 * steer a lottery number: the seed is fixed before any choice is final and known only after.
 */

/** A unified season, or the refusal that says it is not one. */
export function unifiedSeason(season: Season): Season {
  if (season.admissionMode !== 'unified') throw admissionFailures.notUnified();
  return season;
}

/** Draws the year's seed and publishes its commitment, once, before the choice deadline. */
export async function publishSeed(season: Season, actor: Pick<Staff, '_id' | 'name'>, at: Date): Promise<LotterySeed> {
  unifiedSeason(season);
  if (choiceDeadlinePassed(season, at)) throw admissionFailures.seedCommitTooLate(season.choices.end);
  const id = lotterySeedIdOf(season.year);
  const seed = randomBytes(32).toString('hex');
  const published: LotterySeed = { _id: id, year: season.year, commitment: seedCommitment(seed), publishedAt: at, publishedByName: actor.name };
  await inTransaction(async (tx) => {
    // both records are read, so two admins publishing at once conflict and the second finds the first
    const [existing, secret] = await Promise.all([tx.lotterySeeds.get(id), tx.lotterySeedSecrets.get(id)]);
    if (existing || secret) throw admissionFailures.seedAlreadyPublished();
    await tx.lotterySeedSecrets.set(id, { year: season.year, seed, drawnAt: at });
    const { _id, ...doc } = published;
    await tx.lotterySeeds.set(id, doc);
    // the audit trail keeps the commitment, never the seed
    await audit(actor, { action: 'lottery-seed.publish', subjectId: id, at, after: { commitment: published.commitment } }, tx);
  });
  return published;
}

/**
 * Publishes the seed beside its commitment, after the choice deadline. Revealing again answers the
 * seed as revealed the first time and writes nothing.
 */
export async function revealSeed(
  season: Season,
  actor: Pick<Staff, '_id' | 'name'>,
  at: Date,
): Promise<Required<Pick<LotterySeed, 'seed' | 'revealedAt' | 'commitment' | 'year'>>> {
  unifiedSeason(season);
  if (!choiceDeadlinePassed(season, at)) throw admissionFailures.beforeChoiceDeadline(season.choices.end, '公布抽签种子');
  const id = lotterySeedIdOf(season.year);
  return inTransaction(async (tx) => {
    const [published, secret] = await Promise.all([tx.lotterySeeds.get(id), tx.lotterySeedSecrets.get(id)]);
    if (!published || !secret) throw admissionFailures.seedNeverCommitted();
    if (published.seed && published.revealedAt)
      return { year: season.year, seed: published.seed, revealedAt: published.revealedAt, commitment: published.commitment };
    // a seed that does not match what was published would make every lottery number unverifiable
    if (seedCommitment(secret.seed) !== published.commitment) throw new Error(`lottery seed ${id} does not match its published commitment`);
    await tx.lotterySeeds.update(id, { seed: secret.seed, revealedAt: at });
    await audit(actor, { action: 'lottery-seed.reveal', subjectId: id, at, after: { seed: secret.seed, commitment: published.commitment } }, tx);
    return { year: season.year, seed: secret.seed, revealedAt: at, commitment: published.commitment };
  });
}

/** The year's revealed seed with its commitment, for the allocation; refused before the reveal. */
export async function revealedSeedOf(season: Season): Promise<{ seed: string; commitment: string }> {
  const published = await records.lotterySeeds.get(lotterySeedIdOf(season.year));
  if (!published) throw admissionFailures.seedNeverCommitted();
  if (!published.seed || !published.revealedAt) throw admissionFailures.seedNotRevealed();
  return { seed: published.seed, commitment: published.commitment };
}
