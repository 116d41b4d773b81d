import { season } from '../../config/season';
import { verifyBrochure, type Purpose, type Verdict } from '../../shared/brochure-rules';
import { brochureSchema, brochureSeriesSchema, seriesId, type Brochure, type BrochureSeries } from '../../shared/records/brochure';
import { majorSchema, type Major } from '../../shared/records/major';
import { z } from 'zod';
import { isQualified, schoolSchema } from '../../shared/records/school';
import { _, db } from './app';
import { now } from './clock';
import { byId } from './by-id';
import { schoolById } from './schools';

/** CloudBase answers at most this many documents per read. */
const MAX_READ = 1000;

export function brochureById(id: string): Promise<Brochure | null> {
  return byId('brochures', id, brochureSchema);
}

export function seriesOf(schoolId: string, year: number): Promise<BrochureSeries | null> {
  return byId('brochureSeries', seriesId(schoolId, year), brochureSeriesSchema);
}

export async function majorsOfSchool(schoolId: string): Promise<Major[]> {
  const { data } = await db.collection('majors').where({ schoolId }).limit(1000).get();
  return data.map((m) => majorSchema.parse(m));
}

const qualifiedSchoolSchema = schoolSchema.pick({ _id: true, district: true, qualifications: true });
export type QualifiedSchool = z.infer<typeof qualifiedSchoolSchema>;

/** R1: the schools that may publish and recruit this year (only what a filter needs of them). */
export async function qualifiedSchools(year: number): Promise<QualifiedSchool[]> {
  const query = db.collection('schools').where({ qualifications: _.elemMatch({ year, qualified: true, inspectionPassed: true }) });
  const schools: QualifiedSchool[] = [];
  for (let page = 0; ; page += 1) {
    const { data } = await query.field({ _id: true, district: true, qualifications: true }).skip(page * MAX_READ).limit(MAX_READ).get();
    schools.push(...data.map((s) => qualifiedSchoolSchema.parse(s)));
    if (data.length < MAX_READ) return schools.filter((s) => isQualified(s, year));
  }
}

/**
 * R1, R2: the brochures families may see this year: approved (so current, as approval supersedes
 * the version before) and of a school qualified this year. One condition for every list.
 */
export function publishedWhere(year: number, qualified: QualifiedSchool[]): Record<string, unknown> {
  return { status: 'approved', year, schoolId: _.in(qualified.map((s) => s._id)) };
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
    majorId === undefined ? Promise.resolve(undefined) : byId('majors', majorId, majorSchema),
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
