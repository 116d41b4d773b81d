import { isOpenJunior, type JuniorSchool } from '../../../shared/records/content';
import type { Season } from '../../../shared/records/season';
import type { TargetSheet } from '../../../shared/records/target';
import { seasonInForce } from '../../../shared/season-rules';
import type { BureauAdminCaller, Caller, ReviewerCaller } from '../../_kit/platform/caller';
import { now } from '../../_kit/platform/clock';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { failures } from '../../_kit/platform/failures';
import { seasonFailures } from '../season/failures';

export { sheetIdOf } from './target-sheet-id';

export type TargetsCaller = BureauAdminCaller | ReviewerCaller;

/** The one district a district reviewer may see; null for the city's reviewers and the bureau admin. */
export function districtScopeOf(caller: Caller): string | null {
  return caller.role === 'reviewer' && caller.scope.schoolKind === 'district' ? caller.scope.district : null;
}

/**
 * A year's season (the one in force unless told), read afresh: a clerk who has just changed the
 * district's total in the season settings sees it here at once.
 */
export async function seasonOfYear(year: number | undefined): Promise<Season> {
  const seasons = await records.seasons.find({}, { orderBy: [['year', 'asc']], limit: 100 });
  const season = year === undefined ? seasonInForce(seasons, now()) : seasons.find((s) => s.year === year);
  if (!season) throw seasonFailures.seasonNotFound();
  return season;
}

/**
 * The districts a caller may ask about: those the season sets a target for and those with junior
 * highs, or only their own; a district outside them is refused.
 */
export function visibleDistricts(
  caller: TargetsCaller,
  season: Season,
  juniors: JuniorSchool[],
  asked: string | undefined,
): { districts: string[]; district: string | null } {
  const own = districtScopeOf(caller);
  const all = [...new Set([...season.targets.map((t) => t.district), ...juniors.map((j) => j.district)])].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const districts = own ? all.filter((d) => d === own).concat(all.includes(own) ? [] : [own]) : all;
  if (asked !== undefined && !districts.includes(asked)) throw failures.forbidden();
  return { districts, district: asked ?? (own ? own : null) };
}

/** Every junior high, for the district pickers and the dashboard (a list the bureau keeps, ≤ 1000). */
export function allJuniorSchools(): Promise<JuniorSchool[]> {
  return records.juniorSchools.find({}, { orderBy: [['district', 'asc']], limit: MAX_READ });
}

/**
 * R27: the junior highs a district's target sheet lists — those open in the registry, and those
 * closed since that the sheet already holds (their line and its history stay).
 */
export function sheetJuniors(juniors: JuniorSchool[], sheet: Pick<TargetSheet, 'juniors'> | null): JuniorSchool[] {
  const held = new Set((sheet?.juniors ?? []).map((j) => j.juniorSchoolId));
  return juniors.filter((j) => isOpenJunior(j) || held.has(j._id));
}

/** A year's target sheets by district. */
export async function sheetsOf(year: number): Promise<Map<string, TargetSheet>> {
  const sheets = await records.targetSheets.find({ year }, { limit: MAX_READ });
  return new Map(sheets.map((s) => [s.district, s]));
}
