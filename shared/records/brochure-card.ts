import { z } from 'zod';
import type { Brochure } from './brochure';
import { seriesId } from './brochure';
import { idSchema, yearSchema } from './common';
import { isQualified, schoolKindSchema, type School } from './school';

/**
 * What families filter and search the brochure list by, one document per school and year (its id
 * is the brochure series' id), kept only while that school's current approved version of that
 * year is published apart from the season's clock: approved, current, and the school qualified
 * for that year (R1, R2). The season's end and which year is in force are applied when it is read,
 * by the same `publishedCondition` (shared/brochure-lifecycle.ts). It is written in the very
 * transaction that changes one of those facts (cloudfunctions/domains/brochures/brochure-cards.ts), so the list
 * reads this small indexed document and never scans the brochures.
 */
/** What a listed card shows and is searched by: copied from the published version. */
const listingSchema = z.object({
  brochureId: idSchema,
  schoolName: z.string(),
  schoolKind: schoolKindSchema,
  district: z.string(),
  title: z.string(),
  majors: z.array(z.object({ majorId: idSchema, name: z.string(), category: z.string() })),
  totalPlaces: z.number().int(),
  filingNumber: z.string(),
  /** school and major names, normalized by `searchable`: what a keyword is looked for in */
  searchText: z.string(),
});
export type Listing = z.infer<typeof listingSchema>;

/**
 * A series with nothing published keeps its card as `listed: false` (without the listing) rather
 * than deleting it: every change writes the card document, so two transactions deciding it at once
 * always conflict and one runs again on what the other left (deleting a missing document would
 * write nothing and conflict with nothing).
 */
export const brochureCardSchema = z.object({ _id: idSchema, listed: z.boolean(), schoolId: idSchema, year: yearSchema }).extend(listingSchema.partial().shape);
export type BrochureCard = z.infer<typeof brochureCardSchema>;
export type ListedCard = BrochureCard & Listing & { listed: true };

export function isListed(card: BrochureCard): card is ListedCard {
  return card.listed && listingSchema.safeParse(card).success;
}

/** Text as searched: full-width forms folded (NFKC), lower case, so "ＩＴ" finds "it". */
export function searchable(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

/** Separates names in `searchText`, so a keyword never matches across two names. */
export const SEARCH_SEPARATOR = '\u0001';

/**
 * The card a series should have, from its current approved version (`currentApprovedId`'s brochure)
 * and its school: listed only if that version is approved and the school qualified for the year.
 */
export function cardOf(series: { schoolId: string; year: number }, current: Brochure | null, school: Pick<School, 'qualifications'> | null): BrochureCard {
  const _id = seriesId(series.schoolId, series.year);
  const brochure = current;
  if (
    !brochure ||
    brochure.status !== 'approved' ||
    brochure.schoolId !== series.schoolId ||
    brochure.year !== series.year ||
    !school ||
    !isQualified(school, series.year)
  ) {
    return { _id, listed: false, schoolId: series.schoolId, year: series.year };
  }
  return {
    _id,
    listed: true,
    brochureId: brochure._id,
    schoolId: brochure.schoolId,
    year: brochure.year,
    schoolName: brochure.schoolName,
    schoolKind: brochure.schoolKind,
    district: brochure.district,
    title: brochure.title,
    majors: brochure.majors.map((m) => ({ majorId: m.majorId, name: m.name, category: m.category })),
    totalPlaces: brochure.majors.reduce((n, m) => n + m.places, 0),
    filingNumber: brochure.filing?.number ?? '',
    searchText: [brochure.schoolName, ...brochure.majors.map((m) => m.name)].map(searchable).join(SEARCH_SEPARATOR),
  };
}
