import type { Failure } from './failures';
import type { Tx } from './transaction';

/**
 * Claims a confirmed plan (a previewed import) once: in the transaction that starts applying it,
 * the first confirmation records the plan's id; a second one — at the same moment or later — finds
 * it and is refused with `already`, so nothing in the plan is applied, audited or sent twice.
 */
export async function claimOnce(tx: Tx, id: string, claim: { action: string; at: Date; staffId: string }, already: () => Failure): Promise<void> {
  if (await tx.planClaims.get(id)) throw already();
  await tx.planClaims.set(id, claim);
}

/** The next number of a sequence, counted inside the transaction (two callers never get the same). */
export async function nextInSequence(tx: Tx, id: string): Promise<number> {
  const count = ((await tx.sequences.get(id))?.count ?? 0) + 1;
  await tx.sequences.set(id, { count });
  return count;
}
