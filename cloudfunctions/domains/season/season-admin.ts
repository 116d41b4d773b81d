import type { Season, SeasonSettings } from '../../../shared/records/season';
import { seasonIdOf } from '../../../shared/records/season';
import { isPastSeason } from '../../../shared/season-rules';
import { records } from '../../_kit/platform/collections';
import { nextRevision } from '../../_kit/platform/revision';
import { inTransaction, type Tx } from '../../_kit/platform/transaction';
import { forgetSeasons } from './season';
import { seasonFailures } from './failures';

/** The settings alone (what the bureau edits and the audit trail compares). */
export function settingsOf(season: Season): SeasonSettings {
  const { _id, year, districts, updatedAt, revision, ...settings } = season;
  return settings;
}

/** A year's season as stored, refused when there is none or its work has ended (R21: read-only). */
export async function changeableSeason(year: number, at: Date): Promise<Season> {
  const season = await records.seasons.get(seasonIdOf(year));
  if (!season) throw seasonFailures.seasonNotFound();
  if (isPastSeason(season, at)) throw seasonFailures.seasonPast(year);
  return season;
}

/**
 * Changes a year's season in one transaction, only if it is still the revision the change was based
 * on (two people cannot overwrite each other unseen); `change` stores the revision it is given.
 * Answers that revision; this instance reads the seasons afresh after.
 */
export async function changeSeason(year: number, basedOn: number, change: (tx: Tx, stored: Season, revision: number) => Promise<void>): Promise<number> {
  const id = seasonIdOf(year);
  const revision = await inTransaction(async (tx) => {
    const stored = await tx.seasons.get(id);
    if (!stored) throw seasonFailures.seasonNotFound();
    const next = nextRevision(stored, basedOn, seasonFailures.seasonChangedMeanwhile);
    await change(tx, stored, next);
    return next;
  });
  forgetSeasons();
  return revision;
}
