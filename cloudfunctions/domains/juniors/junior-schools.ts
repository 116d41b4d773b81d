import type { JuniorSchool } from '../../../shared/records/content';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { memo } from '../../_kit/platform/memo';

/**
 * The junior high schools are a list the bureau keeps and seldom changes: the instance keeps it for
 * a minute, as it keeps the season, so the choice form's options and a submit's checks cost no
 * round trip for it.
 */
export const juniorSchoolsKept = memo(60_000, () => records.juniorSchools.find({}, { orderBy: [['district', 'asc']], limit: MAX_READ }));

/** One junior high: from the kept list, or read when it is newer than the list (just imported). */
export async function juniorSchoolById(id: string): Promise<JuniorSchool | null> {
  return (await juniorSchoolsKept()).find((j) => j._id === id) ?? (await records.juniorSchools.get(id));
}
