import { publishedCondition, type PublishedCondition } from '../../shared/brochure-lifecycle';
import { verifyBrochure, type Purpose, type Verdict } from '../../shared/brochure-rules';
import { seriesId, type Brochure, type BrochureSeries } from '../../shared/records/brochure';
import type { Major } from '../../shared/records/major';
import { isQualified, type School } from '../../shared/records/school';
import type { Season } from '../../shared/records/season';
import { _ } from './platform/app';
import { now } from './platform/clock';
import { records, type Where } from './platform/collections';
import { schoolById } from './schools';

export function seriesOf(schoolId: string, year: number): Promise<BrochureSeries | null> {
  return records.brochureSeries.get(seriesId(schoolId, year));
}

export function majorsOfSchool(schoolId: string): Promise<Major[]> {
  return records.majors.find({ schoolId }, { limit: 1000 });
}

/** R1: the schools that may publish and recruit this year. */
export async function qualifiedSchools(year: number): Promise<School[]> {
  const schools = await records.schools.findAll({ qualifications: _.elemMatch({ year, qualified: true, inspectionPassed: true }) });
  return schools.filter((s) => isQualified(s, year));
}

/** The brochures families may see now (shared/brochure-lifecycle.ts), for the schools given. */
export function publishedNow(season: Season, qualified: School[]): PublishedCondition {
  return publishedCondition(season, now(), qualified.map((s) => s._id));
}

/** The published condition as a database query: the same data the verification checks. */
export function publishedWhere(condition: PublishedCondition): Where | null {
  if (condition.none) return null;
  return { status: condition.status, year: condition.year, schoolId: _.in(condition.schoolIds) };
}

/**
 * The brochure verification every function uses before showing or accepting a brochure: loads the
 * facts and asks `verifyBrochure` (shared/brochure-rules.ts).
 */
export async function verify(season: Season, brochureId: string, purpose: Purpose, majorId?: string): Promise<{ verdict: Verdict; brochure: Brochure | null }> {
  const brochure = await records.brochures.get(brochureId);
  if (!brochure) return { verdict: { allowed: false, rule: 'R2', reason: '没有找到这份招生简章' }, brochure: null };
  const [school, series, major] = await Promise.all([
    schoolById(brochure.schoolId),
    seriesOf(brochure.schoolId, brochure.year),
    majorId === undefined ? Promise.resolve(undefined) : records.majors.get(majorId),
  ]);
  const verdict = verifyBrochure({
    brochure,
    school,
    major,
    majorId,
    currentApprovedId: series?.currentApprovedId ?? null,
    now: now(),
    season,
    purpose,
  });
  return { verdict, brochure };
}
