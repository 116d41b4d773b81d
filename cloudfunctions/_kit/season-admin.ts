import type { Season, SeasonSettings } from '../../shared/records/season';
import { seasonIdOf } from '../../shared/records/season';
import { isPastSeason } from '../../shared/season-rules';
import { records } from './platform/collections';
import { failures } from './platform/failures';

/** The settings alone (what the bureau edits and the audit trail compares). */
export function settingsOf(season: Season): SeasonSettings {
  const { _id, year, districts, updatedAt, ...settings } = season;
  return settings;
}

/** The version a change must be based on: when the season was last changed. */
export function versionOf(season: Pick<Season, 'updatedAt'>): string {
  return season.updatedAt.toISOString();
}

/** A year's season as stored, refused when there is none or its work has ended (R21: read-only). */
export async function changeableSeason(year: number, at: Date): Promise<Season> {
  const season = await records.seasons.get(seasonIdOf(year));
  if (!season) throw failures.seasonNotFound();
  if (isPastSeason(season, at)) throw failures.seasonPast(year);
  return season;
}
