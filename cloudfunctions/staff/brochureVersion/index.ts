import { brochureVersionInput, brochureVersionOutput } from '../../../shared/api/brochure-admin';
import { mayApply } from '../../../shared/brochure-lifecycle';
import { mayDecide } from '../../../shared/brochure-rules';
import { factsOf } from '../../../shared/records/brochure';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { currentSeason } from '../../domains/season/season';

/** A version in full, with its decisions: for its own school's staff, the reviewers who may decide it, and the city bureau. */
export const main = defineFunction({
  name: 'brochureVersion',
  input: brochureVersionInput,
  output: brochureVersionOutput,
  roles: ['recruiter', 'schoolAdmin', 'reviewer', 'bureauAdmin'],
  async handler({ id }, caller) {
    const brochure = await records.brochures.get(id);
    if (!brochure) throw failures.notFound();
    const decides = mayDecide(caller.staff, brochure);
    if (!decides && caller.role !== 'bureauAdmin' && caller.staff.schoolId !== brochure.schoolId) throw failures.forbidden();
    const decisions = await records.reviewDecisions.find({ brochureId: id }, { orderBy: [['at', 'desc']], limit: 50 });
    return {
      id: brochure._id,
      schoolName: brochure.schoolName,
      district: brochure.district,
      schoolKind: brochure.schoolKind,
      version: brochure.version,
      status: brochure.status,
      facts: factsOf(brochure),
      majors: brochure.majors,
      filing: brochure.filing ? { ...brochure.filing, date: brochure.filing.date.toISOString() } : null,
      rejectionReason: brochure.rejectionReason ?? null,
      decisions: decisions.map((d) => ({ decision: d.decision, reason: d.reason ?? null, reviewerName: d.reviewerName, at: d.at.toISOString() })),
      mayDecide: decides && mayApply('approve', brochure.status),
      filingNumberExample: (await currentSeason()).filingNumber.example,
    };
  },
});
