import { season } from '../../config/season';
import { verifyBrochure, type Purpose, type Verdict } from '../../shared/brochure-rules';
import { brochureSchema, brochureSeriesSchema, seriesId, type Brochure, type BrochureSeries } from '../../shared/records/brochure';
import { majorSchema, type Major } from '../../shared/records/major';
import { isQualified, schoolSchema, type School } from '../../shared/records/school';
import { _, db } from './app';
import { now } from './clock';
import { schoolById } from './schools';

export async function brochureById(id: string): Promise<Brochure | null> {
  const { data } = await db.collection('brochures').where({ _id: id }).limit(1).get();
  return data[0] ? brochureSchema.parse(data[0]) : null;
}

export async function seriesOf(schoolId: string, year: number): Promise<BrochureSeries | null> {
  const { data } = await db.collection('brochureSeries').where({ _id: seriesId(schoolId, year) }).limit(1).get();
  return data[0] ? brochureSeriesSchema.parse(data[0]) : null;
}

export async function majorById(id: string): Promise<Major | null> {
  const { data } = await db.collection('majors').where({ _id: id }).limit(1).get();
  return data[0] ? majorSchema.parse(data[0]) : null;
}

export async function majorsOfSchool(schoolId: string): Promise<Major[]> {
  const { data } = await db.collection('majors').where({ schoolId }).limit(1000).get();
  return data.map((m) => majorSchema.parse(m));
}

/** R1: the schools that may publish and recruit this year. */
export async function qualifiedSchools(year: number): Promise<School[]> {
  const { data } = await db
    .collection('schools')
    .where({ qualifications: _.elemMatch({ year, qualified: true, inspectionPassed: true }) })
    .limit(1000)
    .get();
  return data.map((s) => schoolSchema.parse(s)).filter((s) => isQualified(s, year));
}

/**
 * The brochure verification every function uses before showing or accepting a brochure: loads the
 * facts and asks `verifyBrochure` (shared/brochure-rules.ts).
 */
export async function verify(brochureId: string, purpose: Purpose, majorId?: string): Promise<{ verdict: Verdict; brochure: Brochure | null }> {
  const brochure = await brochureById(brochureId);
  if (!brochure) return { verdict: { allowed: false, rule: 'R2', reason: '没有找到这份招生简章' }, brochure: null };
  const [school, series, major] = await Promise.all([
    schoolById(brochure.schoolId),
    seriesOf(brochure.schoolId, brochure.year),
    majorId === undefined ? Promise.resolve(undefined) : majorById(majorId),
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
