import type { Season } from '../../../shared/records/season';
import { seasonInDistrict, seasonInForce } from '../../../shared/season-rules';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { memo } from '../../_kit/platform/memo';
import { seasonFailures } from './failures';

/**
 * The one reader of the season every function uses (R21, R9). The seasons are kept in the function
 * instance for a minute, so a call costs no database round trip, and a change the bureau makes is
 * seen everywhere within a minute — never only after a cold start. The server's clock decides
 * which season is in force.
 */
export const SEASON_TTL_MS = 60_000;

// none yet (a new city, R27): not kept, so the first season is seen at once
const seasons = memo(SEASON_TTL_MS, () => records.seasons.find({}, { orderBy: [['year', 'asc']], limit: 100 }), { readAgainIf: (list) => list.length === 0 });

export async function currentSeason(at: Date = now()): Promise<Season> {
  const season = seasonInForce(await seasons(), at);
  // a new city before its first season (R27): every family and staff action answers in words, not 系统繁忙
  if (!season) throw seasonFailures.noSeasonYet();
  return season;
}

/** The season as it holds in one district (its narrower windows, where the district set them). */
export async function seasonIn(district: string | undefined, at: Date = now()): Promise<Season> {
  return seasonInDistrict(await currentSeason(at), district);
}

export function allSeasons(): Promise<Season[]> {
  return seasons();
}

/** After a change in this instance, the next call reads the seasons again. */
export function forgetSeasons(): void {
  seasons.forget();
}
