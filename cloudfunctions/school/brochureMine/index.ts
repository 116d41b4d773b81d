import { brochureMineInput, brochureMineOutput, type VersionSummary } from '../../../shared/api/brochure-admin';
import { factsOf, type Brochure, type BrochureFacts } from '../../../shared/records/brochure';
import { isQualified, type School } from '../../../shared/records/school';
import { majorsOfSchool } from '../../domains/brochures/brochures';
import { records } from '../../_kit/platform/collections';
import { revisionOf } from '../../_kit/platform/revision';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { schoolById } from '../../domains/registry/schools';
import { currentSeason } from '../../domains/season/season';

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
function blankFacts(school: School, year: number): BrochureFacts {
  return {
    title: `${school.name}${year}年招生简章`,
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
    const season = await currentSeason();
    const { schoolId } = caller.staff;
    const school = await schoolById(schoolId);
    if (!school) throw failures.notFound();
    const [majors, versions] = await Promise.all([
      majorsOfSchool(schoolId),
      records.brochures.find({ schoolId, year: season.year }, { orderBy: [['version', 'desc']], limit: 100 }),
    ]);
    const draft = versions.find((v) => v.status === 'draft');
    const base = draft ?? versions[0];
    return {
      school: { id: school._id, name: school.name, qualified: isQualified(school, season.year) },
      majors: majors.map(({ _id, name, category, filed, durationYears, mode }) => ({ _id, name, category, filed, durationYears, mode })),
      versions: versions.map(versionSummary),
      editing: { draftId: draft?._id ?? null, facts: base ? factsOf(base) : blankFacts(school, season.year), revision: revisionOf(draft) },
    };
  },
});
