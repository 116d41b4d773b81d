import { brochureVersionInput, brochureVersionOutput } from '../../shared/api/brochure-admin';
import { mayDecide } from '../../shared/brochure-rules';
import { factsOf, reviewDecisionSchema } from '../../shared/records/brochure';
import { db } from '../_kit/app';
import { brochureById } from '../_kit/brochures';
import { defineFunction } from '../_kit/define';
import { forbidden, notFound } from '../_kit/failure';
import { staffOnly } from '../_kit/roles';

/** A version in full, with its decisions: for its own school's staff, and the reviewers who may decide it. */
export const main = defineFunction({
  name: 'brochureVersion',
  input: brochureVersionInput,
  output: brochureVersionOutput,
  roles: staffOnly,
  async handler({ id }, caller) {
    const staff = caller.staff;
    const brochure = await brochureById(id);
    if (!brochure || !staff) throw notFound();
    const decides = mayDecide(staff, brochure);
    if (!decides && staff.schoolId !== brochure.schoolId) throw forbidden();
    const { data } = await db.collection('reviewDecisions').where({ brochureId: id }).orderBy('at', 'desc').limit(50).get();
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
      decisions: data
        .map((d) => reviewDecisionSchema.parse(d))
        .map((d) => ({ decision: d.decision, reason: d.reason ?? null, reviewerName: d.reviewerName, at: d.at.toISOString() })),
      mayDecide: decides && brochure.status === 'submitted',
    };
  },
});
