import { publishedCondition, type PublishedCondition } from '../../../shared/brochure-lifecycle';
import { verifyBrochure, type Purpose, type Verdict } from '../../../shared/brochure-rules';
import { brochureSchema, brochureSeriesSchema, seriesId, type Brochure, type BrochureSeries } from '../../../shared/records/brochure';
import { majorSchema, type Major } from '../../../shared/records/major';
import { isQualified, schoolSchema, type School } from '../../../shared/records/school';
import type { Season } from '../../../shared/records/season';
import { staffSchema, type Staff } from '../../../shared/records/staff';
import { _ } from '../../_kit/platform/app';
import { now } from '../../_kit/platform/clock';
import { records, type Where } from '../../_kit/platform/collections';
import { activeRecruiters } from '../leads/recruiters';

export function seriesOf(schoolId: string, year: number): Promise<BrochureSeries | null> {
  return records.brochureSeries.get(seriesId(schoolId, year));
}

/** The school's brochure families see this year (the series' current approved version), if any. */
export async function approvedBrochureOf(schoolId: string, year: number): Promise<Brochure | null> {
  const series = await seriesOf(schoolId, year);
  return series?.currentApprovedId ? records.brochures.get(series.currentApprovedId) : null;
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
  return publishedCondition(
    season,
    now(),
    qualified.map((s) => s._id),
  );
}

/** The published condition as a database query: the same data the verification checks. */
export function publishedWhere(condition: PublishedCondition): Where | null {
  if (condition.none) return null;
  return { status: condition.status, year: condition.year, schoolId: _.in(condition.schoolIds) };
}

/** One brochure to verify, and the major asked about when a family chooses one. */
export interface Asked {
  brochureId: string;
  majorId?: string;
}

export interface Verified {
  verdict: Verdict;
  brochure: Brochure | null;
  /** the version families see now for the brochure's school and year */
  currentApprovedId: string | null;
}

type Loaded = { brochure: Brochure; school: School | null; series: BrochureSeries[]; majors: Major[]; staff: Staff[] };

interface Joins {
  /** the registry's records of the brochure's majors, when a major is asked about */
  majors: boolean;
  /** the school's staff, when a family chooses the school (its recruiters follow the lead) */
  staff: boolean;
}

/**
 * The facts of the brochures named, in one database round trip (issue 13: every round trip is a
 * wait on a parent's phone): each brochure joined with its school, its school's series and what
 * `joins` asks for.
 */
async function loadFacts(ids: string[], joins: Joins): Promise<Map<string, Loaded>> {
  let query = records.brochures
    .aggregate()
    .match({ _id: _.in(ids) })
    .lookup({ from: 'schools', localField: 'schoolId', foreignField: '_id', as: 'joinedSchool' })
    .lookup({ from: 'brochureSeries', localField: 'schoolId', foreignField: 'schoolId', as: 'joinedSeries' });
  if (joins.majors) query = query.lookup({ from: 'majors', localField: 'majors.majorId', foreignField: '_id', as: 'joinedMajors' });
  if (joins.staff) query = query.lookup({ from: 'staff', localField: 'schoolId', foreignField: 'schoolId', as: 'joinedStaff' });
  // CloudBase answers an aggregation 20 documents at a time unless told how many.
  const { data } = (await query.limit(ids.length).end()) as { data: Array<Record<string, unknown>> };
  const loaded = new Map<string, Loaded>();
  for (const row of data) {
    const { joinedSchool, joinedSeries, joinedMajors, joinedStaff, ...raw } = row as Record<
      'joinedSchool' | 'joinedSeries' | 'joinedMajors' | 'joinedStaff',
      unknown[] | undefined
    >;
    const brochure = brochureSchema.parse(raw);
    loaded.set(brochure._id, {
      brochure,
      school: joinedSchool?.[0] ? schoolSchema.parse(joinedSchool[0]) : null,
      series: (joinedSeries ?? []).map((x) => brochureSeriesSchema.parse(x)),
      majors: (joinedMajors ?? []).map((x) => majorSchema.parse(x)),
      staff: (joinedStaff ?? []).map((x) => staffSchema.parse(x)),
    });
  }
  return loaded;
}

function verdictsOf(season: Season, asked: Asked[], purpose: Purpose, loaded: Map<string, Loaded>): Verified[] {
  const at = now();
  return asked.map(({ brochureId, majorId }) => {
    const facts = loaded.get(brochureId);
    if (!facts) return { verdict: { allowed: false, rule: 'R2', reason: '没有找到这份招生简章' }, brochure: null, currentApprovedId: null };
    const { brochure, school } = facts;
    const currentApprovedId = facts.series.find((x) => x._id === seriesId(brochure.schoolId, brochure.year))?.currentApprovedId ?? null;
    const major = majorId === undefined ? undefined : (facts.majors.find((m) => m._id === majorId) ?? null);
    const verdict = verifyBrochure({ brochure, school, major, majorId, currentApprovedId, now: at, season, purpose });
    return { verdict, brochure, currentApprovedId };
  });
}

const idsOf = (asked: Asked[]) => [...new Set(asked.map((a) => a.brochureId))];

/**
 * The brochure verification every function uses before showing or accepting a brochure: loads the
 * facts of all the brochures asked about at once and asks `verifyBrochure`
 * (shared/brochure-rules.ts) about each, in the order asked.
 */
export async function verifyAll(season: Season, asked: Asked[], purpose: Purpose): Promise<Verified[]> {
  const loaded = await loadFacts(idsOf(asked), { majors: asked.some((a) => a.majorId !== undefined), staff: false });
  return verdictsOf(season, asked, purpose, loaded);
}

/**
 * A family's choices verified as `verifyAll` does, with each chosen school's active recruiters
 * (who will follow its lead) read in the same round trip.
 */
export async function verifyChoices(season: Season, asked: Array<Required<Asked>>): Promise<{ verified: Verified[]; recruiters: Map<string, Staff[]> }> {
  const loaded = await loadFacts(idsOf(asked), { majors: true, staff: true });
  const recruiters = new Map<string, Staff[]>();
  for (const { brochure, staff } of loaded.values()) recruiters.set(brochure.schoolId, activeRecruiters(staff));
  return { verified: verdictsOf(season, asked, 'choose', loaded), recruiters };
}

export async function verify(season: Season, brochureId: string, purpose: Purpose, majorId?: string): Promise<Verified> {
  const [verified] = await verifyAll(season, [{ brochureId, ...(majorId === undefined ? {} : { majorId }) }], purpose);
  if (!verified) throw new Error('verifyAll answers one verdict per brochure asked');
  return verified;
}
