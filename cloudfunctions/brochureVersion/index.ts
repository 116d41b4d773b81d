import { brochureVersionInput, brochureVersionOutput } from '../../shared/api/brochure-admin';
import { mayApply } from '../../shared/brochure-lifecycle';
import { mayDecide } from '../../shared/brochure-rules';
import { factsOf } from '../../shared/records/brochure';
import { records } from '../_kit/platform/collections';
import { defineFunction, staffOnly } from '../_kit/platform/define';
import { failures } from '../_kit/platform/failures';

/** A version in full, with its decisions: for its own school's staff, and the reviewers who may decide it. */
export const main = defineFunction({
  name: 'brochureVersion',
  input: brochureVersionInput,
  output: brochureVersionOutput,
  roles: staffOnly,
  async handler({ id }, caller) {
    const brochure = await records.brochures.get(id);
    if (!brochure) throw failures.notFound();
    const decides = mayDecide(caller.staff, brochure);
    if (!decides && caller.staff.schoolId !== brochure.schoolId) throw failures.forbidden();
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
    };
  },
});
