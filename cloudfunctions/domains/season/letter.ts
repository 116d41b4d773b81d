import { records } from '../../_kit/platform/collections';
import { memo } from '../../_kit/platform/memo';

/**
 * R17, R4: the letter to families and the subsidy policies — published texts every family reads
 * (home shows their summary, the letter page their whole text). They change a few times a year, so
 * an instance keeps them a minute like the season: a family's read costs no database request for
 * them. A text published in the product reaches every instance within that minute.
 */
const CONTENT_TTL_MS = 60_000;

export const subsidyPoliciesKept = memo(CONTENT_TTL_MS, () => records.subsidyPolicies.find({}, { orderBy: [['order', 'asc']] }));

const lettersKept = memo(CONTENT_TTL_MS, () => records.letters.find({}, { orderBy: [['year', 'desc']], limit: 100 }));

/** The season year's letter, or none yet. */
export async function letterOf(year: number) {
  return (await lettersKept()).find((l) => l.year === year) ?? null;
}

/** Drops the kept texts at once (a new local backend in tests; a text just published in this instance). */
export function forgetLetters(): void {
  subsidyPoliciesKept.forget();
  lettersKept.forget();
}
