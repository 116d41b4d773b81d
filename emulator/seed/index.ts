import { demoSeason } from '../../config/season';
import type { Doc } from '../ejson';
import type { Store } from '../db/store';
import { brochureSeries, brochures, reviewDecisions } from './brochures';
import { juniorSchools, letters, staff, subsidyPolicies } from './content';
import { majors, schools } from './schools';

/** The demo data by collection. */
export const demoData: Record<string, Doc[]> = {
  seasons: [demoSeason],
  schools,
  majors,
  brochures,
  brochureSeries,
  reviewDecisions,
  subsidyPolicies,
  letters,
  juniorSchools,
  staff,
};

/** Loads the demo data into an empty database; a database that already has schools is left alone. */
export function seedIfEmpty(store: Store): boolean {
  if (store.count('schools', {}) > 0) return false;
  store.write(
    Object.entries(demoData).flatMap(([collection, docs]) =>
      docs.map((doc) => ({ collection, id: String(doc._id), doc, insert: true })),
    ),
  );
  return true;
}
