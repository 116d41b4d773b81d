import { cardOf, type BrochureCard } from '../../../shared/records/brochure-card';
import { seriesId, type Brochure, type BrochureSeries } from '../../../shared/records/brochure';
import type { School } from '../../../shared/records/school';
import type { Tx } from '../../_kit/platform/transaction';

/**
 * Keeps a series' brochure card (shared/records/brochure-card.ts) what its facts say, inside the
 * transaction that changes one of them: a decision on one of its versions (reviewDecide), or its
 * school's qualification (schoolSave, registryImport). What the caller already holds as it will be
 * committed is passed in; the rest is read in the same transaction. The card is always written,
 * so two transactions deciding one card at once conflict and one of them runs again.
 */
export interface CardFacts {
  /** the series as it will be committed (null: none yet) */
  series?: Pick<BrochureSeries, 'currentApprovedId'> | null;
  /** the current approved version as it will be committed */
  current?: Brochure | null;
  /** the school as it will be committed */
  school?: Pick<School, 'qualifications'> | null;
}

export async function refreshCard(tx: Tx, schoolId: string, year: number, known: CardFacts = {}): Promise<BrochureCard> {
  const series = known.series !== undefined ? known.series : await tx.brochureSeries.get(seriesId(schoolId, year));
  const currentId = series?.currentApprovedId ?? null;
  // nothing approved: unlisted whatever the school's standing, so the school need not be read
  const [current, school] = currentId
    ? await Promise.all([
        known.current?._id === currentId ? known.current : tx.brochures.get(currentId),
        known.school !== undefined ? known.school : tx.schools.get(schoolId),
      ])
    : [null, null];
  const card = cardOf({ schoolId, year }, current, school);
  const { _id, ...content } = card;
  await tx.brochureCards.set(_id, content);
  return card;
}
