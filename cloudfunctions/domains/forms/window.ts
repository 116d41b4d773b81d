import type { Season } from '../../../shared/records/season';
import { seasonInDistrict } from '../../../shared/season-rules';
import { isWithin } from '../../../shared/windows';
import { juniorSchoolById } from '../juniors/junior-schools';
import { formFailures } from './failures';

/** R9: families submit, change and withdraw only inside the choice window, by the server's clock. */
export function isWindowOpen(season: Season, at: Date): boolean {
  return isWithin(season.choices, at);
}

export function assertWindowOpen(season: Season, at: Date): void {
  if (!isWindowOpen(season, at)) throw formFailures.windowClosed(season);
}

/**
 * R9, R21: the choice window of the student's own district (their junior high's), which the district
 * may have narrowed; answers the season as it holds there.
 */
export async function assertWindowOpenFor(season: Season, juniorSchoolId: string, at: Date): Promise<Season> {
  assertWindowOpen(season, at);
  if (Object.keys(season.districts).length === 0) return season;
  const junior = await juniorSchoolById(juniorSchoolId);
  const local = seasonInDistrict(season, junior?.district);
  assertWindowOpen(local, at);
  return local;
}
