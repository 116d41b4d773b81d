import { season } from '../../config/season';
import { brochureSubmitInput, brochureSubmitOutput } from '../../shared/api/brochure-admin';
import { majorProblems, submissionProblems } from '../../shared/brochure-rules';
import { brochureSchema, factsOf, seriesId } from '../../shared/records/brochure';
import { isQualified } from '../../shared/records/school';
import { brochureById, majorsOfSchool } from '../_kit/brochures';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { Failure, notFound } from '../_kit/failure';
import { schoolById } from '../_kit/schools';
import { schoolStaff } from '../_kit/staff';
import { inTransaction } from '../_kit/transaction';

/**
 * R1, R3, R5, R16: a draft goes to review only complete, free of tuition, listing filed majors of
 * a qualified school. Once submitted it never changes.
 */
export const main = defineFunction({
  name: 'brochureSubmit',
  input: brochureSubmitInput,
  output: brochureSubmitOutput,
  roles: ['schoolAdmin'],
  async handler({ id }, caller) {
    const { schoolId } = schoolStaff(caller);
    const brochure = await brochureById(id);
    if (!brochure || brochure.schoolId !== schoolId) throw notFound();
    if (brochure.status !== 'draft') throw new Failure('NOT_EDITABLE');
    const school = await schoolById(schoolId);
    if (!school || !isQualified(school, season.year)) throw new Failure('NOT_QUALIFIED');
    const facts = factsOf(brochure);
    const problems = { ...submissionProblems(facts, season), ...majorProblems(facts, schoolId, await majorsOfSchool(schoolId)) };
    if (Object.keys(problems).length) throw new Failure('INVALID_INPUT', problems);
    await inTransaction(async (tx) => {
      const current = brochureSchema.parse((await tx.collection('brochures').doc(id).get()).data);
      if (current.status !== 'draft') throw new Failure('NOT_EDITABLE');
      // Saved again since we checked it: what would be submitted is not what was checked.
      if (current.updatedAt.getTime() !== brochure.updatedAt.getTime()) throw new Failure('CONFLICT');
      await tx.collection('brochures').doc(id).update({ status: 'submitted', submittedAt: now() });
      await tx.collection('brochureSeries').doc(seriesId(schoolId, brochure.year)).update({ draftId: null });
    });
    return { id, status: 'submitted' as const };
  },
});
