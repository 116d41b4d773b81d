import { brochureSubmitInput, brochureSubmitOutput } from '../../../shared/api/brochure-admin';
import { brochureActions, mayApply } from '../../../shared/brochure-lifecycle';
import { majorProblems, submissionProblems } from '../../../shared/brochure-rules';
import { factsOf, seriesId, type BrochureFacts } from '../../../shared/records/brochure';
import { isQualified } from '../../../shared/records/school';
import { majorsOfSchool } from '../../domains/brochures/brochures';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { inTransaction } from '../../_kit/platform/transaction';
import { schoolById } from '../../domains/registry/schools';
import { currentSeason } from '../../domains/season/season';
import { brochureFailures } from '../../domains/brochures/failures';

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
    const season = await currentSeason();
    const { schoolId } = caller.staff;
    const at = now();
    const brochure = await records.brochures.get(id);
    if (!brochure || brochure.schoolId !== schoolId) throw failures.notFound();
    if (!mayApply('submit', brochure.status)) throw brochureFailures.notEditable();
    const school = await schoolById(schoolId);
    if (!school || !isQualified(school, season.year)) throw brochureFailures.notQualified();
    const registry = await majorsOfSchool(schoolId);
    const problemsOf = (facts: BrochureFacts) => ({ ...submissionProblems(facts, season), ...majorProblems(facts, schoolId, registry) });
    const problems = problemsOf(factsOf(brochure));
    if (Object.keys(problems).length) throw failures.invalid(problems);
    const { to } = brochureActions.submit;
    await inTransaction(async (tx) => {
      const current = await tx.brochures.get(id);
      if (!current || !mayApply('submit', current.status)) throw brochureFailures.notEditable();
      // A save that landed meanwhile (even in the same millisecond) is checked again: what is
      // submitted is exactly what was checked (R3, R16).
      const again = problemsOf(factsOf(current));
      if (Object.keys(again).length) throw failures.invalid(again);
      await tx.brochures.update(id, { status: to, submittedAt: at });
      await tx.brochureSeries.update(seriesId(schoolId, brochure.year), { draftId: null });
    });
    return { id, status: to };
  },
});
