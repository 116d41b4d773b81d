import { season } from '../../config/season';
import { brochureMineInput, brochureMineOutput, type VersionSummary } from '../../shared/api/brochure-admin';
import { brochureSchema, factsOf, type Brochure, type BrochureFacts } from '../../shared/records/brochure';
import { isQualified, type School } from '../../shared/records/school';
import { db } from '../_kit/app';
import { majorsOfSchool } from '../_kit/brochures';
import { defineFunction } from '../_kit/define';
import { notFound } from '../_kit/failure';
import { schoolById } from '../_kit/schools';
import { schoolStaff } from '../_kit/staff';

function versionSummary(b: Brochure): VersionSummary {
  return {
    id: b._id,
    version: b.version,
    status: b.status,
    updatedAt: b.updatedAt.toISOString(),
    submittedAt: b.submittedAt?.toISOString() ?? null,
    rejectionReason: b.rejectionReason ?? null,
    filingNumber: b.filing?.number ?? null,
  };
}

/** A first brochure starts from what the registry knows, and states free tuition (R16). */
function blankFacts(school: School): BrochureFacts {
  return {
    title: `${school.name}${season.year}年招生简章`,
    campusAddress: school.campuses[0]?.address ?? '',
    majors: [],
    internship: '',
    subsidyPolicy: '',
    fees: [{ item: '学费', standard: '免学费', amountYuan: 0, isTuition: true }],
    contactPhone: school.phone,
  };
}

export const main = defineFunction({
  name: 'brochureMine',
  input: brochureMineInput,
  output: brochureMineOutput,
  roles: ['schoolAdmin'],
  async handler(_input, caller) {
    const { schoolId } = schoolStaff(caller);
    const school = await schoolById(schoolId);
    if (!school) throw notFound();
    const [majors, stored] = await Promise.all([
      majorsOfSchool(schoolId),
      db.collection('brochures').where({ schoolId, year: season.year }).orderBy('version', 'desc').limit(100).get(),
    ]);
    const versions = stored.data.map((b) => brochureSchema.parse(b));
    const draft = versions.find((v) => v.status === 'draft');
    const base = draft ?? versions[0];
    return {
      school: { id: school._id, name: school.name, qualified: isQualified(school, season.year) },
      majors: majors.map(({ _id, name, category, filed, durationYears, mode }) => ({ _id, name, category, filed, durationYears, mode })),
      versions: versions.map(versionSummary),
      editing: { draftId: draft?._id ?? null, facts: base ? factsOf(base) : blankFacts(school) },
    };
  },
});
