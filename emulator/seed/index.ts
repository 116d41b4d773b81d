import { demoCity } from './city';
import { demoSeason } from './season';
import type { Doc } from '../ejson';
import type { Store } from '../db/store';
import { cardOf, type BrochureCard } from '../../shared/records/brochure-card';
import type { Brochure, BrochureSeries } from '../../shared/records/brochure';
import type { School } from '../../shared/records/school';
import { brochureSeries, brochures, reviewDecisions } from './brochures';
import { juniorSchools, letters, staff, targetSheets } from './content';
import { majors, schools } from './schools';

/**
 * The brochure cards (shared/records/brochure-card.ts) the given registry and brochures call for,
 * as the functions would have written them: for data loaded straight into the store (the demo,
 * tests that set up brochures without the review functions).
 */
export function cardsFor(data: { series: BrochureSeries[]; brochures: Brochure[]; schools: School[] }): BrochureCard[] {
  return data.series.map((s) =>
    cardOf(s, data.brochures.find((b) => b._id === s.currentApprovedId) ?? null, data.schools.find((school) => school._id === s.schoolId) ?? null),
  );
}

/** The demo data by collection. */
export const demoData: Record<string, Doc[]> = {
  city: [demoCity],
  seasons: [demoSeason],
  schools,
  majors,
  brochures,
  brochureSeries,
  brochureCards: cardsFor({ series: brochureSeries, brochures, schools }),
  reviewDecisions,
  letters,
  juniorSchools,
  targetSheets,
  staff,
};

/** Loads the demo data into an empty database; a database that already has schools is left alone. */
export function seedIfEmpty(store: Store): boolean {
  if (store.count('schools', {}) > 0) return false;
  store.write(Object.entries(demoData).flatMap(([collection, docs]) => docs.map((doc) => ({ collection, id: String(doc._id), doc, insert: true }))));
  return true;
}
