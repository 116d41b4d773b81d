import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../../shared/canonical-json';
import { allocationInputSchema, MAX_ALLOCATION_CHOICES, type AllocationInput } from '../../../../shared/allocation/schema';
import type { ChoiceFormRecord } from '../../../../shared/records/form';
import { isQualified } from '../../../../shared/records/school';
import type { Season } from '../../../../shared/records/season';
import { _ } from '../../../_kit/platform/app';
import { MAX_READ, records } from '../../../_kit/platform/collections';
import { keyedHash } from '../../../_kit/platform/personal-data';
import { admissionFailures } from '../failures';
import { scoresOf } from './scores';

/**
 * R26's export: the allocation's whole input, built from the database as it stands — what the
 * bureau's dry run runs, and what a later round's commit and the published export will run.
 * - students: every active form of the year, by an opaque id (a keyed hash of the student key
 *   under its own purpose and the year, so the published export names nobody and cannot be joined
 *   to stored records), with the ranked (school, major) choices, the district of the junior high
 *   (生源地), the learner group (R18) and, when the season's priorities read it, the imported 中考
 *   score (domains/admission/unified/scores.ts; a student without one ranks after those with one);
 * - majors: each major of a qualified school's current approved brochure with its planned places
 *   (R25); a chosen major whose brochure is withdrawn, not approved, or whose school lost its
 *   qualification this year is listed with 0 places — the choice stays in the student's list and
 *   the result says the major had no places (shared/allocation/schema.ts explains why it is not dropped);
 * - the season's priorities and the revealed seed with its commitment.
 * Reads are bounded: forms a page of MAX_READ at a time in `_id` order; the registries by findAll.
 */

export interface UnifiedExport {
  input: AllocationInput;
  /** SHA-256 of the input as canonical JSON (students by id, majors by school and major): what the round's export publishes as its exportDigest */
  digest: string;
  schoolNames: Map<string, string>;
  /** by majorKey(schoolId, majorId) */
  majorNames: Map<string, string>;
  /** each student's form, by the student's id in the export (never published) */
  formOf: Map<string, string>;
}

/** The opaque id of a student in a year's export. */
export function allocationStudentId(year: number, studentKey: string): string {
  return keyedHash(`${year}:${studentKey}`, 'allocation-student');
}

/** Every active form of the year, a page at a time. */
export async function activeFormsOf(year: number): Promise<ChoiceFormRecord[]> {
  const forms: ChoiceFormRecord[] = [];
  let after = '';
  for (;;) {
    const page = await records.choiceForms.find(
      { year, status: 'active', ...(after ? { _id: _.gt(after) } : {}) },
      { orderBy: [['_id', 'asc']], limit: MAX_READ },
    );
    forms.push(...page);
    if (page.length < MAX_READ) return forms;
    after = page[page.length - 1]?._id ?? after;
  }
}

// NUL never occurs in an id (token() refuses control characters), so the pair is unambiguous
export const majorKey = (schoolId: string, majorId: string) => `${schoolId}\u0000${majorId}`;
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function unifiedExport(season: Season, seed: { seed: string; commitment: string }): Promise<UnifiedExport> {
  const { year } = season;
  // the 中考 scores only when the season's priorities read them: the published export carries no more than the allocation uses
  const byScore = season.priorities.some((c) => c.kind === 'score');
  const [forms, juniors, schools, series, scores] = await Promise.all([
    activeFormsOf(year),
    records.juniorSchools.findAll({}),
    records.schools.findAll({}),
    records.brochureSeries.findAll({ year }),
    byScore ? scoresOf(year) : Promise.resolve(new Map<string, number>()),
  ]);
  const overCap = forms.filter((f) => f.choices.length > MAX_ALLOCATION_CHOICES).length;
  if (overCap) throw admissionFailures.formsOverChoiceCap(overCap, MAX_ALLOCATION_CHOICES);

  const approvedIds = series.map((s) => s.currentApprovedId).filter((id): id is string => Boolean(id));
  const brochures = [];
  for (let i = 0; i < approvedIds.length; i += MAX_READ) {
    brochures.push(...(await records.brochures.find({ _id: _.in(approvedIds.slice(i, i + MAX_READ)) }, { limit: MAX_READ })));
  }

  const schoolById = new Map(schools.map((s) => [s._id, s]));
  const places = new Map<string, { schoolId: string; majorId: string; places: number }>();
  const majorNames = new Map<string, string>();
  for (const b of brochures) {
    const school = schoolById.get(b.schoolId);
    const admits = b.status === 'approved' && b.year === year && school !== undefined && isQualified(school, year);
    for (const m of b.majors) {
      places.set(majorKey(b.schoolId, m.majorId), { schoolId: b.schoolId, majorId: m.majorId, places: admits ? m.places : 0 });
      majorNames.set(majorKey(b.schoolId, m.majorId), m.name);
    }
  }
  // a chosen major without an approved brochure stays, with no places
  for (const f of forms) {
    for (const c of f.choices) {
      const key = majorKey(c.schoolId, c.majorId);
      if (!places.has(key)) places.set(key, { schoolId: c.schoolId, majorId: c.majorId, places: 0 });
      if (!majorNames.has(key)) majorNames.set(key, c.majorName);
    }
  }

  const districtOfJunior = new Map(juniors.map((j) => [j._id, j.district]));
  const formOf = new Map(forms.map((f) => [allocationStudentId(year, f.studentKey), f._id]));
  const students = forms
    .map((f) => {
      const district = districtOfJunior.get(f.student.juniorSchoolId);
      if (!district) throw new Error(`unified export: form ${f._id} names junior high ${f.student.juniorSchoolId}, which is not in the registry`);
      const score = scores.get(f.studentKey);
      return {
        studentId: allocationStudentId(year, f.studentKey),
        choices: [...f.choices].sort((a, b) => a.rank - b.rank).map((c) => ({ schoolId: c.schoolId, majorId: c.majorId })),
        district,
        group: f.student.group,
        ...(score !== undefined ? { score } : {}),
      };
    })
    .sort((a, b) => byText(a.studentId, b.studentId));

  const majors = [...places.values()].sort((a, b) => byText(a.schoolId, b.schoolId) || byText(a.majorId, b.majorId));
  const schoolIds = [...new Set(majors.map((m) => m.schoolId))].sort(byText);
  const exportSchools = schoolIds.map((id) => {
    const school = schoolById.get(id);
    if (!school) throw new Error(`unified export: school ${id} is chosen but not in the registry`);
    return { schoolId: id, kind: school.kind, district: school.district };
  });
  if (!majors.length) throw admissionFailures.nothingToAllocate();

  const raw = { schools: exportSchools, majors, students, priorities: season.priorities, seed: seed.seed, seedCommitment: seed.commitment };
  const input = allocationInputSchema.parse(raw);
  return {
    input,
    // the digest the round's export publishes: SHA-256 of the canonical input (shared/allocation/round-export.ts inputDigest)
    digest: createHash('sha256').update(canonicalJson(input)).digest('hex'),
    schoolNames: new Map(schools.map((s) => [s._id, s.name])),
    majorNames,
    formOf,
  };
}
